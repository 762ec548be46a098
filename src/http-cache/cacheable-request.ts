import type { IncomingMessage } from 'node:http';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Public reads that look the same to every anonymous visitor: pages, lists and their API twins. */
const PUBLIC_READS = [
  /^\/$/,
  /^\/toezeggingen$/,
  new RegExp(`^/toezeggingen/${UUID}$`),
  /^\/ministeries\/[^/]+$/,
  new RegExp(`^/documenten/${UUID}$`),
  /^\/api\/commitments$/,
  new RegExp(`^/api/commitments/${UUID}$`),
];

/**
 * Whether a request may be answered from the response cache: a GET or HEAD of a public read
 * without cookies or credentials (an editor's session shows more, so the same URL differs).
 */
export function isCacheableRequest(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.headers.cookie !== undefined || request.headers.authorization !== undefined) return false;
  const url = request.url ?? '';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  return PUBLIC_READS.some((pattern) => pattern.test(path));
}
