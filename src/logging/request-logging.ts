import { ConsoleLogger, INestApplication } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import pinoHttp, { HttpLogger } from 'pino-http';
import { createPino, LogFormat } from './app-logger';
import { redactUrl } from './redaction';

/** What Express leaves on a request once a route matched it. */
type RoutedRequest = IncomingMessage & { originalUrl?: string; baseUrl?: string; route?: { path?: unknown } };

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Logs every request of `app` (see requestLogging), installed on the HTTP server's request event in
 * front of everything else: answers from the response cache, which never reach Express, are logged
 * and timed too. Call it after configureApp.
 */
export function installRequestLogging(app: INestApplication, format: LogFormat, destination?: DestinationStream): void {
  const log = requestLogging(format, destination);
  const server = app.getHttpServer() as Server;
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    log(request, response);
    for (const listener of listeners) listener(request, response);
  });
}

/**
 * One log line per request when its response is done: method, route pattern, URL (secrets and
 * e-mail addresses redacted), status and duration. `json`: a pino JSON object; `text`: a readable
 * line through Nest's console logger. Headers and bodies are never logged.
 */
export function requestLogging(format: LogFormat, destination?: DestinationStream): HttpLogger {
  return pinoHttp({
    logger: createPino('info', destination ?? (format === 'json' ? undefined : textLines())),
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessObject: (req, res, value: { responseTime: number }) => requestFields(req, res, value.responseTime),
    customErrorObject: (req, res, error, value: { responseTime: number }) => ({ ...requestFields(req, res, value.responseTime), error: error.message }),
    customSuccessMessage: (req, res, responseTime) => summary(req, res, responseTime),
    customErrorMessage: (req, res) => summary(req, res, null),
  });
}

function requestFields(req: IncomingMessage, res: ServerResponse, durationMs: number) {
  const route = routeOf(req as RoutedRequest);
  return {
    method: req.method,
    route,
    url: redactUrl((req as RoutedRequest).originalUrl ?? req.url ?? '', route),
    status: res.statusCode,
    durationMs,
  };
}

function summary(req: IncomingMessage, res: ServerResponse, responseTime: number | null): string {
  const route = routeOf(req as RoutedRequest);
  const time = responseTime === null ? '' : ` ${responseTime} ms`;
  return `${req.method} ${redactUrl((req as RoutedRequest).originalUrl ?? req.url ?? '', route)} ${res.statusCode}${time}`;
}

/** The matched route pattern (`/api/commitments/:id`), or null when no route matched. */
function routeOf(req: RoutedRequest): string | null {
  const path = req.route?.path;
  return typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : null;
}

/** Request lines for LOG_FORMAT=text: the summary through Nest's console logger. */
function textLines(): DestinationStream {
  const logger = new ConsoleLogger('HTTP', { colors: Boolean(process.stdout.isTTY) });
  return {
    write(line: string) {
      const entry = JSON.parse(line) as { level: number; msg: string };
      if (entry.level >= 50) logger.error(entry.msg);
      else logger.log(entry.msg);
    },
  };
}
