import type { INestApplication } from '@nestjs/common';
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { isCacheableRequest } from './cacheable-request';
import { CachedResponse, ResponseCache } from './response-cache';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Puts the response cache in front of the whole framework, on the HTTP server's request event: a
 * hit costs a header write and one buffer, where the router, pipes and serialisation cost about
 * ten times as much CPU per request. Misses go through the app unchanged and their 200s are kept.
 */
export function installResponseCache(app: INestApplication): void {
  const cache = app.get(ResponseCache);
  if (!cache.enabled) return;
  const server = app.getHttpServer() as Server;
  const appListeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!isCacheableRequest(request)) return dispatch(appListeners, request, response);
    const key = cache.keyOf(request.url ?? '/');
    const found = cache.lookup(key);
    if (found.kind !== 'miss') return replay(found.response, found.kind, request, response);
    if (request.method === 'GET') keepWhenComplete(response, (sent) => cache.finish(key, found.since, sent));
    else response.once('close', () => cache.finish(key, found.since, null));
    dispatch(appListeners, request, response);
  });
}

function dispatch(listeners: RequestListener[], request: IncomingMessage, response: ServerResponse): void {
  for (const listener of listeners) listener(request, response);
}

function replay(hit: CachedResponse, kind: 'fresh' | 'stale', request: IncomingMessage, response: ServerResponse): void {
  const etag = hit.headers.etag;
  if (typeof etag === 'string' && matchesEtag(request.headers['if-none-match'], etag)) {
    response.writeHead(304, pick(hit.headers, ['etag', 'cache-control', 'vary'])).end();
    return;
  }
  response.writeHead(200, { ...hit.headers, 'x-cache': kind === 'fresh' ? 'hit' : 'stale' }).end(hit.body);
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

function pick(headers: OutgoingHttpHeaders, names: string[]): OutgoingHttpHeaders {
  return Object.fromEntries(names.filter((name) => headers[name] !== undefined).map((name) => [name, headers[name]]));
}

/** Collects what the app sends; when the exchange is over, hands over a complete, shareable 200 (else null). */
function keepWhenComplete(response: ServerResponse, done: (sent: CachedResponse | null) => void): void {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunks, chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') collect(chunks, chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  response.once('close', () => {
    const headers = response.getHeaders();
    const complete = response.writableFinished && response.statusCode === 200 && isShareable(headers);
    done(complete ? { headers, body: Buffer.concat(chunks) } : null);
  });
}

function collect(chunks: Buffer[], chunk: unknown, encoding: unknown): void {
  if (chunk === undefined || chunk === null) return;
  if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
}

function isShareable(headers: OutgoingHttpHeaders): boolean {
  const cacheControl = String(headers['cache-control'] ?? '');
  return headers['set-cookie'] === undefined && !/no-store|private/i.test(cacheControl);
}
