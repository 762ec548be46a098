/** A reference to the letter that kept a promise: a TK document number or an official URL. */
export type LetterReference = { kind: 'number'; number: string } | { kind: 'url'; url: string };

const DOCUMENT_NUMBER = /^(19|20)\d{2}D\d{5}$/;
const ALLOWED_HOSTS = ['tweedekamer.nl', 'officielebekendmakingen.nl', 'open.overheid.nl', 'rijksoverheid.nl'];

export function parseLetterReference(input: string): LetterReference | null {
  const value = input.trim();
  if (DOCUMENT_NUMBER.test(value.toUpperCase())) return { kind: 'number', number: value.toUpperCase() };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  if (!ALLOWED_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))) return null;
  return { kind: 'url', url: url.toString() };
}

export const LETTER_REFERENCE_HELP =
  'letter must be a TK document number (e.g. 2021D12345) or an https URL on tweedekamer.nl, officielebekendmakingen.nl, open.overheid.nl or rijksoverheid.nl';
