import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { EditorSession, EditorSessions, readCookie, SESSION_COOKIE } from './editor-session';

export type EditorRequest = Request & { editorSession?: EditorSession };

/** Editor pages: a valid session cookie, and on every POST the session's CSRF token in the form. */
@Injectable()
export class EditorSessionGuard implements CanActivate {
  constructor(private readonly sessions: EditorSessions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<EditorRequest>();
    const session = await this.sessions.verify(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (!session) throw new UnauthorizedException('Log in als redacteur.');
    if (request.method !== 'GET' && !this.sessions.checkCsrf(session, (request.body as Record<string, unknown> | undefined)?._csrf)) {
      throw new ForbiddenException('Het formulier is verlopen of niet van deze site. Laad de pagina opnieuw.');
    }
    request.editorSession = session;
    return true;
  }
}
