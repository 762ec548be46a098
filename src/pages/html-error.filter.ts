import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/domain-error';
import { PageRenderer } from './page-renderer';

const STATUS: Record<DomainError['code'], number> = { not_found: 404, invalid_input: 400, unauthorized: 401, conflict: 409, gone: 410 };
const TITLE: Record<number, string> = { 400: 'Ongeldige invoer', 401: 'Geen toegang', 404: 'Niet gevonden', 409: 'Conflict', 410: 'Verlopen' };

/** The message of a rejected form (the ValidationPipe's `invalid_input`), which page forms write in Dutch. */
function validationMessage(error: HttpException): string | null {
  const body = error.getResponse();
  if (typeof body !== 'object' || body === null) return null;
  const { code, message } = body as { code?: unknown; message?: unknown };
  return code === 'invalid_input' && typeof message === 'string' ? message : null;
}

/** For pages: errors become a Dutch HTML page with the right status, not JSON. */
@Injectable()
@Catch(DomainError, HttpException)
export class HtmlErrorFilter implements ExceptionFilter {
  constructor(private readonly pages: PageRenderer) {}

  catch(error: DomainError | HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const status = error instanceof DomainError ? STATUS[error.code] : error.getStatus();
    const message = error instanceof DomainError ? error.message : (validationMessage(error) ?? (status === 404 ? 'Deze pagina bestaat niet.' : 'Er ging iets mis met dit verzoek.'));
    response
      .status(status)
      .type('html')
      .send(this.pages.render('message', { title: TITLE[status] ?? 'Fout', message, error: true, subscriptions: [] }));
  }
}
