import { randomUUID } from 'node:crypto';

export interface MimeInput {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  date: Date;
}

export interface MimeMessage {
  /** The whole message, CRLF line ends, ready for SMTP DATA. */
  raw: string;
  messageId: string;
  envelope: { from: string; to: string[] };
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ADDRESS = /^[\x21-\x7e]+@[\x21-\x7e]+$/;

/**
 * Builds a multipart/alternative message (text + HTML, both base64) in one pass. Mails go out by
 * the hundred thousand: composing them directly costs a fraction of a generic MIME composer.
 * Returns null for what it does not handle (a non-ASCII address); the caller then composes the
 * generic way.
 */
export function buildMime(mail: MimeInput): MimeMessage | null {
  const from = parseMailbox(mail.from);
  if (!from || !ADDRESS.test(mail.to)) return null;
  const domain = from.address.slice(from.address.lastIndexOf('@') + 1);
  const unique = randomUUID();
  const messageId = `<${unique}@${domain}>`;
  const boundary = `----=_toezegd_${unique.replaceAll('-', '')}`;
  const lines = [
    `From: ${from.name ? `${encodePhrase(from.name)} <${from.address}>` : from.address}`,
    `To: ${mail.to}`,
    `Subject: ${encodeHeaderText(headerSafe(mail.subject))}`,
    `Message-ID: ${messageId}`,
    `Date: ${mail.date.toUTCString().replace(/GMT$/, '+0000')}`,
    'MIME-Version: 1.0',
  ];
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (/^[\x21-\x39\x3b-\x7e]+$/.test(name)) lines.push(`${name}: ${encodeHeaderText(headerSafe(value))}`);
  }
  lines.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  const raw =
    `${lines.join('\r\n')}\r\n\r\n` +
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(mail.text)}` +
    `--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(mail.html)}` +
    `--${boundary}--\r\n`;
  return { raw, messageId, envelope: { from: from.address, to: [mail.to] } };
}

/** Header values never carry line breaks: user text must not be able to add headers. */
export function headerSafe(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

function parseMailbox(value: string): { name: string; address: string } | null {
  const angled = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  const name = angled ? angled[1].replace(/^"(.*)"$/, '$1') : '';
  const address = (angled ? angled[2] : value).trim();
  return ADDRESS.test(address) ? { name: headerSafe(name), address } : null;
}

/** A display name: atom text as is, other ASCII quoted, anything else as encoded words. */
function encodePhrase(name: string): string {
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name) && !name.includes('=?')) return name;
  if (PRINTABLE_ASCII.test(name) && !name.includes('=?')) return `"${name.replace(/["\\]/g, '\\$&')}"`;
  return encodedWords(name);
}

/** Unstructured header text: short printable ASCII as is, otherwise RFC 2047 encoded words. */
function encodeHeaderText(value: string): string {
  if (PRINTABLE_ASCII.test(value) && !value.includes('=?') && value.length <= 900) return value;
  return encodedWords(value);
}

/** RFC 2047 B-encoded words of at most 45 UTF-8 bytes each (75 characters encoded), folded. */
function encodedWords(value: string): string {
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of value) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > 45) {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  let out = '';
  for (let i = 0; i < encoded.length; i += 76) out += `${encoded.slice(i, i + 76)}\r\n`;
  return out;
}
