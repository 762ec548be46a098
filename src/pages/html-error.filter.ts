import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../common/domain-error';
import { PageRenderer } from './page-renderer';

const STATUS: Record<DomainError['code'], number> = { not_found: 404, invalid_input: 400, unauthorized: 401, conflict: 409, gone: 410 };
const TITLE: Record<number, string> = { 400: 'Ongeldige invoer', 401: 'Geen toegang', 404: 'Niet gevonden', 409: 'Conflict', 410: 'Verlopen' };

/** The message of a rejected form (the ValidationPipe's `invalid_input`), which page forms write in Dutch. */
function validationMessage(error: HttpException): string | null {
  const body = error.getResponse();
  if (typeof body !== 'object' || body === null) return null;
  const { code, message } = body as { code?: unknown; message?: unknown };
  // One sentence per problem, each once (a field can break several rules with the same message).
  return code === 'invalid_input' && typeof message === 'string' ? [...new Set(message.split('; '))].join(' ') : null;
}

/** For pages: errors become a Dutch HTML page with the right status, not JSON. */
@Injectable()
@Catch(DomainError, HttpException)
export class HtmlErrorFilter implements ExceptionFilter {
  constructor(private readonly pages: PageRenderer) {}

  catch(error: DomainError | HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const status = error instanceof DomainError ? STATUS[error.code] : error.getStatus();
    const message = error instanceof DomainError ? dutchMessageOf(error) : (validationMessage(error) ?? (status === 404 ? 'Deze pagina bestaat niet.' : 'Er ging iets mis met dit verzoek.'));
    sendErrorPage(response, this.pages, status, message);
  }
}

/** A Dutch error page in the site layout, with a way on: the overview and the search. */
export function sendErrorPage(response: Response, pages: PageRenderer, status: number, message: string): void {
  response
    .status(status)
    .type('html')
    .send(pages.render('message', { title: TITLE[status] ?? 'Fout', message, error: true, subscriptions: [], wayOn: true }));
}

const NOT_FOUND: Record<string, string> = {
  commitment: 'Deze toezegging bestaat niet (meer).',
  document: 'Dit document bestaat niet (meer).',
  ministerie: 'Dit ministerie kennen we niet.',
  pagina: 'Deze pagina bestaat niet.',
};

/** Services say "commitment not found" (the API's English); a page says it in Dutch. */
function dutchMessageOf(error: DomainError): string {
  const missing = /^(\w+) not found$/.exec(error.message);
  if (missing) return NOT_FOUND[missing[1]] ?? 'Deze pagina bestaat niet.';
  return error.message;
}

/** Unknown URLs: a Dutch page in the site layout, except under /api and /health, which answer JSON. */
@Catch(NotFoundException)
export class PageNotFoundFilter implements ExceptionFilter {
  constructor(private readonly pages: PageRenderer) {}

  catch(error: NotFoundException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (/^\/(?:api|health)(?:\/|$)/.test(request.path)) {
      response.status(404).json(error.getResponse());
      return;
    }
    sendErrorPage(response, this.pages, 404, 'Deze pagina bestaat niet. Misschien is de link verouderd of verkeerd overgenomen.');
  }
}
