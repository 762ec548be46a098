import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { secretsEqual } from '../common/tokens';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { EDITOR_AUTH_FAILURES, tooManyEditorAttempts } from './editor-auth-limit';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';

export interface EditorIdentity {
  name: string;
}

/** Parses EDITOR_TOKENS: `token` or `name=token`, comma-separated. Unnamed tokens are `editor-<n>`. */
export function parseEditorTokens(raw: string | undefined): { name: string; token: string }[] {
  if (!raw) return [];
  return raw.split(',').map((entry, index) => {
    const at = entry.indexOf('=');
    return at > 0 ? { name: entry.slice(0, at), token: entry.slice(at + 1) } : { name: `editor-${index + 1}`, token: entry };
  });
}

/** Finds the editor whose token matches, checking every token so timing does not reveal which. */
export function findEditor(tokens: { name: string; token: string }[], presented: string): EditorIdentity | null {
  let found: EditorIdentity | null = null;
  for (const candidate of tokens) {
    if (secretsEqual(candidate.token, presented) && !found) found = { name: candidate.name };
  }
  return found;
}

/** Editor actions need `Authorization: Bearer <token>` with a token from EDITOR_TOKENS. */
@Injectable()
export class EditorGuard implements CanActivate {
  private readonly tokens: { name: string; token: string }[];

  constructor(
    @Inject(ENV) env: Env,
    private readonly limiter: RateLimiter,
  ) {
    this.tokens = parseEditorTokens(env.EDITOR_TOKENS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { editor?: EditorIdentity }>();
    request.editor = await editorFromBearer(this.tokens, this.limiter, request);
    return true;
  }
}

/**
 * The editor of an `Authorization: Bearer <token>` header; 401 without one or for an unknown token
 * (which counts against the client IP's budget), 429 once that budget is used up.
 */
export async function editorFromBearer(
  tokens: { name: string; token: string }[],
  limiter: RateLimiter,
  request: Pick<Request, 'headers' | 'ip'>,
): Promise<EditorIdentity> {
  const ip = request.ip ?? 'unknown';
  // Checked before the token: once an IP is over its budget, a right guess looks like a wrong one.
  if (await limiter.exhausted(EDITOR_AUTH_FAILURES, ip)) throw tooManyEditorAttempts();
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthorizedException({ statusCode: 401, code: 'unauthorized', message: 'editor token required (Authorization: Bearer …)' });
  const editor = findEditor(tokens, match[1]);
  if (!editor) {
    if (!(await limiter.hit(EDITOR_AUTH_FAILURES, ip))) throw tooManyEditorAttempts();
    throw new UnauthorizedException({ statusCode: 401, code: 'unauthorized', message: 'unknown editor token' });
  }
  return editor;
}
