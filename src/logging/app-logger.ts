import { ConsoleLogger, LoggerService, LogLevel } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import { REDACTED_PATHS } from './redaction';

export type LogFormat = 'json' | 'text';

/**
 * The application's logger. `json` (production): one pino JSON object per line, the same shape as
 * the request log lines. `text`: Nest's readable console lines.
 */
export function createLogger(format: string | undefined, quiet = false, destination?: DestinationStream): LoggerService {
  if (format !== 'json') {
    const levels: LogLevel[] = quiet ? ['error', 'warn'] : ['log', 'error', 'warn'];
    return new ConsoleLogger({ logLevels: levels, colors: Boolean(process.stdout.isTTY) });
  }
  return new JsonLogger(createPino(quiet ? 'warn' : 'info', destination));
}

export function createPino(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { pid: process.pid }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination ?? pino.destination(1));
}

type PinoLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's LoggerService over pino: the context becomes a field, an error's stack too. */
class JsonLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: PinoLevel, message: unknown, rest: unknown[]): void {
    const strings = rest.filter((part): part is string => typeof part === 'string');
    const stack = strings.find((part) => /\n\s+at /.test(part));
    const context = strings.filter((part) => part !== stack).pop();
    const fields: Record<string, unknown> = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (message && typeof message === 'object') this.pino[level]({ ...fields, ...(message as object) });
    else this.pino[level](fields, String(message));
  }
}
