import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { findEditor, parseEditorTokens } from '../../auth/editor.guard';
import { Clock } from '../../common/clock';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';

export const SESSION_COOKIE = 'toezegd_redactie';
export const LOGIN_COOKIE = 'toezegd_login';
const SESSION_HOURS = 12;

export interface EditorSession {
  name: string;
  sid: string;
  expires: number;
}

/**
 * Stateless editor sessions: a cookie holding name, session id and expiry, signed with HMAC.
 * The key is derived from EDITOR_TOKENS, so changing the tokens ends every session.
 */
@Injectable()
export class EditorSessions {
  private readonly key: Buffer;
  private readonly tokens: { name: string; token: string }[];
  readonly secureCookies: boolean;

  constructor(
    @Inject(ENV) env: Env,
    private readonly clock: Clock,
  ) {
    this.tokens = parseEditorTokens(env.EDITOR_TOKENS);
    this.key = createHash('sha256').update(`toezegd editor session\0${env.EDITOR_TOKENS ?? ''}`).digest();
    this.secureCookies = env.PUBLIC_URL.startsWith('https://');
  }

  /** A cookie value for a presented editor token, or null when the token is unknown. */
  login(token: string): { cookie: string; session: EditorSession } | null {
    const editor = this.tokens.length ? findEditor(this.tokens, token) : null;
    if (!editor) return null;
    const session = { name: editor.name, sid: randomBytes(16).toString('base64url'), expires: this.clock.now().getTime() + SESSION_HOURS * 3_600_000 };
    const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
    return { cookie: `${payload}.${this.sign(payload)}`, session };
  }

  verify(cookie: string | undefined): EditorSession | null {
    if (!cookie) return null;
    const [payload, signature] = cookie.split('.');
    if (!payload || !signature || !equal(signature, this.sign(payload))) return null;
    try {
      const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as EditorSession;
      if (typeof session.name !== 'string' || typeof session.sid !== 'string' || typeof session.expires !== 'number') return null;
      if (session.expires < this.clock.now().getTime()) return null;
      if (!this.tokens.some((t) => t.name === session.name)) return null;
      return session;
    } catch {
      return null;
    }
  }

  /** The CSRF token of a session: tied to its id, so it cannot be replayed in another session. */
  csrfOf(session: EditorSession): string {
    return this.sign(`csrf:${session.sid}`);
  }

  checkCsrf(session: EditorSession, presented: unknown): boolean {
    return typeof presented === 'string' && equal(presented, this.csrfOf(session));
  }

  cookieOptions(maxAgeMs?: number) {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.secureCookies, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
  }

  get sessionMaxAgeMs(): number {
    return SESSION_HOURS * 3_600_000;
  }

  private sign(value: string): string {
    return createHmac('sha256', this.key).update(value).digest('base64url');
  }
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Reads one cookie from the Cookie header (no cookie middleware needed for two cookies). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

export function newLoginNonce(): string {
  return randomBytes(24).toString('base64url');
}

export function nonceMatches(cookie: string | undefined, presented: unknown): boolean {
  return typeof presented === 'string' && cookie !== undefined && cookie.length > 0 && equal(cookie, presented);
}
