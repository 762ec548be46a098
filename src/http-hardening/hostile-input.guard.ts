import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { invalidInput } from '../common/domain-error';
import { inputProblem } from '../common/text-input';

/**
 * Refuses, before any other guard or pipe, a request whose query, path parameters or body hold a
 * NUL byte or another control character, a string over 10,000 characters, or nesting deeper than
 * 16 levels: 400 (an error page for pages, JSON for the API), never a 500 further down.
 */
@Injectable()
export class HostileInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const problem =
      inputProblem(request.query, 'query') ?? inputProblem(request.params, 'path') ?? inputProblem(request.body as unknown, 'body');
    if (problem) throw invalidInput(problem);
    return true;
  }
}
