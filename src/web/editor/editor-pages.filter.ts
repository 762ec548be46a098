import { ArgumentsHost, Catch, HttpException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/domain-error';
import { HtmlErrorFilter } from '../../pages/html-error.filter';
import { PageRenderer } from '../../pages/page-renderer';

/** Editor pages: without a session, go to the login page; other errors are Dutch HTML pages. */
@Injectable()
@Catch(DomainError, HttpException)
export class EditorPagesFilter extends HtmlErrorFilter {
  constructor(private readonly renderer: PageRenderer) {
    super(renderer);
  }

  override catch(error: DomainError | HttpException, host: ArgumentsHost): void {
    if (error instanceof UnauthorizedException) {
      host.switchToHttp().getResponse<Response>().redirect(303, '/redactie/inloggen');
      return;
    }
    if (error instanceof HttpException && error.getStatus() === 403) {
      host.switchToHttp().getResponse<Response>().status(403).type('html')
        .send(this.renderer.render('message', { title: 'Geen toegang', message: error.message, error: true, subscriptions: [] }));
      return;
    }
    super.catch(error, host);
  }
}
