/**
 * Why the embedded PostgreSQL could not start, as one line naming the cause and the fix. Callers
 * print the message alone, without a stack trace.
 */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(`embedded PostgreSQL: ${message}`);
    this.name = 'EmbeddedPostgresError';
    // Test runners print `stack`: keep it the one line too.
    this.stack = this.message;
  }
}

/** The advice every failure ends with. */
export const OR_USE_ANOTHER_SERVER = 'or set DATABASE_URL to use a PostgreSQL server of your own';
