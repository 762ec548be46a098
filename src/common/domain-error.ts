/** Errors a user can cause. Services throw these; one filter maps them to HTTP, the CLI to exit code 2. */
export type DomainErrorCode = 'not_found' | 'invalid_input' | 'unauthorized' | 'conflict' | 'gone';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const invalidInput = (message: string) => new DomainError('invalid_input', message);
