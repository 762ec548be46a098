import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { hashToken } from '../common/tokens';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { readCookie, SESSION_COOKIE } from './editor-session-cookie';
import { editorFromBearer, EditorIdentity, parseEditorTokens } from './editor.guard';

/** A live editor session read from editor_session (written by web/editor/EditorSessions). */
export interface VerifiedSession {
  name: string;
  expiresAt: Date;
}

/**
 * Who reads a public route that shows editors more (commitments waiting for review or rejected):
 * an editor by bearer token or by session cookie, or the public (null).
 */
@Injectable()
export class EditorViewer {
  private readonly tokens: { name: string; token: string }[];

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
  ) {
    this.tokens = parseEditorTokens(env.EDITOR_TOKENS);
  }

  /**
   * The editor behind a request, or null. A bearer token that is presented must be valid: a wrong
   * one is refused (401, and counts against the client's budget) rather than read as the public.
   */
  async identify(request: Pick<Request, 'headers' | 'ip'>): Promise<EditorIdentity | null> {
    if (request.headers.authorization !== undefined) return editorFromBearer(this.tokens, this.limiter, request);
    const session = await this.verifySession(readCookie(request.headers.cookie, SESSION_COOKIE));
    return session ? { name: session.name } : null;
  }

  /** The session of a cookie secret: unexpired, and opened with a token still in EDITOR_TOKENS. */
  async verifySession(cookie: string | undefined): Promise<VerifiedSession | null> {
    if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return null;
    const rows = (await this.dataSource.query(
      `SELECT editor_name AS name, token_hash AS "tokenHash", expires_at AS "expiresAt" FROM editor_session WHERE secret_hash = $1`,
      [hashToken(cookie)],
    )) as { name: string; tokenHash: string; expiresAt: Date }[];
    const row = rows[0];
    if (!row || row.expiresAt.getTime() < this.clock.now().getTime()) return null;
    const known = this.tokens.some((t) => t.name === row.name && hashToken(t.token) === row.tokenHash);
    return known ? { name: row.name, expiresAt: row.expiresAt } : null;
  }
}
