import { CanActivate, ExecutionContext, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { invalidInput } from '../common/domain-error';
import { inputProblem } from '../common/text-input';

const BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

function hasBody(request: Request): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && (Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined);
}

/**
 * Refuses, before any other guard or pipe, a request whose query, path parameters or body hold a
 * NUL byte or another control character, a string over 10,000 characters, or nesting deeper than
 * 16 levels: 400 (an error page for pages, JSON for the API), never a 500 further down. A body
 * that is neither JSON nor a form is a 415.
 */
@Injectable()
export class HostileInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (hasBody(request)) {
      if (!request.is(BODY_TYPES)) throw new UnsupportedMediaTypeException('send JSON or a form (application/x-www-form-urlencoded)');
      // A body no parser read (multipart) or one that is not an object (a JSON array) reads as no fields.
      if (request.body === null || typeof request.body !== 'object' || Array.isArray(request.body)) request.body = {};
    }
    const problem =
      inputProblem(request.query, 'query') ?? inputProblem(request.params, 'path') ?? inputProblem(request.body as unknown, 'body');
    if (problem) throw invalidInput(problem);
    return true;
  }
}
