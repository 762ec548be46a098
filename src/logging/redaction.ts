/** Fields never written as they are, wherever a log line carries them. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'email',
  'token',
  'password',
  '*.email',
  '*.token',
  '*.password',
];

const REDACTED = '[redacted]';
/** Query parameters and route parameters whose values are secrets or personal data. */
const SECRET_NAME = /token|e-?mail|secret|password|csrf/i;
const EMAIL = /[^\s/?&=@]+@[^\s/?&=@]+\.[^\s/?&=@]+/g;
const EMAIL_ENCODED = /[^\s/?&=@%]+%40[^\s/?&=@]+\.[^\s/?&=@]+/gi;

/**
 * The request URL as it may be logged: the values of secret-looking query parameters and of route
 * parameters like `:token` replaced, and any e-mail address left elsewhere too.
 * `route` is the matched route pattern (`/feeds/abonnee/:token/termijnen.ics`), when known.
 */
export function redactUrl(url: string, route: string | null): string {
  const queryAt = url.indexOf('?');
  const pathPart = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? null : url.slice(queryAt + 1);
  const redactedPath = redactPath(pathPart, route);
  const redactedQuery = query === null ? '' : `?${query.split('&').map(redactParameter).join('&')}`;
  return withoutEmails(redactedPath + redactedQuery);
}

function redactPath(pathPart: string, route: string | null): string {
  if (!route) return pathPart;
  const patterns = route.split('/');
  const segments = pathPart.split('/');
  if (patterns.length !== segments.length) return pathPart;
  return segments.map((segment, i) => (patterns[i].startsWith(':') && SECRET_NAME.test(patterns[i]) ? REDACTED : segment)).join('/');
}

function redactParameter(parameter: string): string {
  const equals = parameter.indexOf('=');
  if (equals < 0) return parameter;
  const name = parameter.slice(0, equals);
  return SECRET_NAME.test(decodeSafely(name)) ? `${name}=${REDACTED}` : parameter;
}

function withoutEmails(text: string): string {
  return text.replace(EMAIL, REDACTED).replace(EMAIL_ENCODED, REDACTED);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
