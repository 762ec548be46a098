import { ConsoleLogger, LogLevel } from '@nestjs/common';

/** JSON lines in production (LOG_FORMAT=json), readable text otherwise. */
export function createLogger(format: string | undefined, quiet = false): ConsoleLogger {
  const levels: LogLevel[] = quiet ? ['error', 'warn'] : ['log', 'error', 'warn'];
  return new ConsoleLogger({ json: format === 'json', logLevels: levels, colors: format !== 'json' && process.stdout.isTTY });
}
