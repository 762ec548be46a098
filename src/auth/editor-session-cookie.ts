import { parse as parseCookie } from 'cookie';

/** The cookie that holds a logged-in editor's session secret (see web/editor/EditorSessions). */
export const SESSION_COOKIE = 'toezegd_redactie';

/** One cookie from the Cookie header; a value that does not decode counts as absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  const raw = parseCookie(header, { decode: (value) => value })[name];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
