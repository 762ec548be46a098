import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EDITOR_AUTH_FAILURES } from '../../auth/editor-auth-limit';
import { findEditor, parseEditorTokens } from '../../auth/editor.guard';
import { EditorViewer } from '../../auth/editor-viewer';
import { RateLimiter } from '../../rate-limit/rate-limiter';
import { Clock } from '../../common/clock';
import { hashToken } from '../../common/tokens';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';

export { readCookie, SESSION_COOKIE } from '../../auth/editor-session-cookie';
export const LOGIN_COOKIE = 'toezegd_login';
const SESSION_HOURS = 12;

export interface EditorSession {
  name: string;
  sid: string;
  expires: number;
}

/**
 * Editor sessions kept in PostgreSQL (table editor_session): the cookie is a random secret, the
 * table holds its hash. Logout deletes the row; a session opened with a token that is no longer in
 * EDITOR_TOKENS is refused (and deleted at start). Both hold at once on every instance.
 */
@Injectable()
export class EditorSessions implements OnModuleInit {
  private readonly tokens: { name: string; token: string }[];
  readonly secureCookies: boolean;

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly viewer: EditorViewer,
  ) {
    this.tokens = parseEditorTokens(env.EDITOR_TOKENS);
    this.secureCookies = env.PUBLIC_URL.startsWith('https://');
  }

  /** Sessions of tokens taken out of EDITOR_TOKENS, and expired ones, are gone for good. */
  async onModuleInit(): Promise<void> {
    await this.dataSource.query(`DELETE FROM editor_session WHERE NOT (token_hash = ANY($1::text[])) OR expires_at < $2`, [
      this.tokens.map((t) => hashToken(t.token)),
      this.clock.now(),
    ]);
  }

  /**
   * A cookie value for a presented editor token; `unknown` for a wrong token, `too_many` once the
   * client IP used up its budget of failed attempts (EDITOR_AUTH_FAILURES, shared with bearer tokens).
   */
  async login(token: string, ip: string): Promise<{ cookie: string; session: EditorSession } | 'unknown' | 'too_many'> {
    if (await this.limiter.exhausted(EDITOR_AUTH_FAILURES, ip)) return 'too_many';
    const editor = this.tokens.length ? findEditor(this.tokens, token) : null;
    if (!editor) return (await this.limiter.hit(EDITOR_AUTH_FAILURES, ip)) ? 'unknown' : 'too_many';
    const secret = randomBytes(32).toString('base64url');
    const expires = this.clock.now().getTime() + SESSION_HOURS * 3_600_000;
    await this.dataSource.query(
      `INSERT INTO editor_session (secret_hash, editor_name, token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [hashToken(secret), editor.name, hashToken(token), new Date(expires)],
    );
    return { cookie: secret, session: { name: editor.name, sid: secret, expires } };
  }

  async verify(cookie: string | undefined): Promise<EditorSession | null> {
    const session = await this.viewer.verifySession(cookie);
    return session && cookie ? { name: session.name, sid: cookie, expires: session.expiresAt.getTime() } : null;
  }

  /** Ends the session server-side: its cookie is refused from now on, wherever it is presented. */
  async logout(session: EditorSession): Promise<void> {
    await this.dataSource.query(`DELETE FROM editor_session WHERE secret_hash = $1`, [hashToken(session.sid)]);
  }

  /** The CSRF token of a session: keyed by its secret, so it cannot be replayed in another session. */
  csrfOf(session: EditorSession): string {
    return createHmac('sha256', session.sid).update('toezegd editor csrf').digest('base64url');
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
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function newLoginNonce(): string {
  return randomBytes(24).toString('base64url');
}

export function nonceMatches(cookie: string | undefined, presented: unknown): boolean {
  return typeof presented === 'string' && cookie !== undefined && cookie.length > 0 && equal(cookie, presented);
}
