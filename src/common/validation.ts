import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

const SENTENCE = /^[A-Z][^]*[.?!]$/;

function messagesOf(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    // A message written as a sentence (capital first, as the Dutch messages of page forms are) stands alone.
    const own = Object.values(error.constraints ?? {}).map((m) => (m.startsWith(error.property) ? `${prefix}${m}` : SENTENCE.test(m) ? m : `${path}: ${m}`));
    return own.concat(messagesOf(error.children ?? [], `${path}.`));
  });
}

/** The one validation pipe: unknown fields are errors, and the message lists every problem. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ statusCode: 400, code: 'invalid_input', message: messagesOf(errors).join('; ') }),
  });
}
