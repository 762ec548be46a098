import { createReadStream } from 'node:fs';
import path from 'node:path';
import { convert as htmlToText } from 'html-to-text';
import { DomainError, invalidInput } from '../common/domain-error';
import { pdfTextInThread } from './pdf-text';

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx' | 'doc';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Reads an answer file (plain text, HTML, PDF, DOCX or Word 97–2003 DOC) as plain text; rejects what is none of these. */
export async function readDocumentFile(file: string): Promise<{ text: string; format: DocumentFormat }> {
  const bytes = await readAtMost(file, MAX_FILE_BYTES);
  const { text, format } = await documentTextFromBytes(bytes, path.extname(file).toLowerCase());
  if (text.trim().length === 0) throw invalidInput(`${file}: contains no text`);
  return { text, format };
}

/**
 * Reads a file as a stream and stops as soon as it passes `limit` bytes, so a huge file (or a
 * device such as /dev/zero) is refused after at most `limit` bytes instead of filling the memory.
 */
async function readAtMost(file: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw invalidInput(`${file}: larger than ${limit / 1024 / 1024} MB`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalidInput(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, size);
}

/**
 * `readPdf`: where PDFs are parsed (a worker pool for bulk imports; this thread by default).
 * `contentType`: what the source says the file is (the TK's `contentType`); a known type is read as
 * such, and only a file that is not what it claims to be is read by what its bytes look like.
 */
export async function documentTextFromBytes(
  bytes: Buffer,
  extension = '',
  readPdf: (bytes: Uint8Array) => Promise<string> = pdfTextInThread,
  contentType: string | null = null,
): Promise<{ text: string; format: DocumentFormat }> {
  if (bytes.length === 0) throw invalidInput('the file is empty');
  const declared = formatOfContentType(contentType);
  const sniffed = formatOfBytes(bytes, extension);
  if (declared && declared !== sniffed) {
    try {
      return { text: await textAs(declared, bytes, readPdf), format: declared };
    } catch (error) {
      if (sniffed === null) throw error;
    }
  }
  if (sniffed === null) throw invalidInput('not a text, HTML, PDF, DOCX or DOC file');
  return { text: await textAs(sniffed, bytes, readPdf), format: sniffed };
}

const CONTENT_TYPES: Record<string, DocumentFormat> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** The format a MIME type names, or null for none we read (or a generic one such as application/octet-stream). */
export function formatOfContentType(contentType: string | null): DocumentFormat | null {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return (type && CONTENT_TYPES[type]) || null;
}

/** Word 97–2003 files are OLE compound files. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function formatOfBytes(bytes: Buffer, extension: string): DocumentFormat | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' && extension !== '.txt') return 'docx';
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) return 'doc';
  if (looksBinary(bytes)) return null;
  const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (extension === '.html' || extension === '.htm' || /^\s*<(!doctype html|html|body|div|p)[\s>]/i.test(raw)) return 'html';
  return 'text';
}

async function textAs(format: DocumentFormat, bytes: Buffer, readPdf: (bytes: Uint8Array) => Promise<string>): Promise<string> {
  switch (format) {
    // PostgreSQL text cannot hold NUL; a reader may pass one through from the file.
    case 'pdf':
      return withoutNul(await pdfText(bytes, readPdf));
    case 'docx':
      return withoutNul(await docxText(bytes));
    case 'doc':
      return withoutNul(await docText(bytes));
    case 'html':
      if (looksBinary(bytes)) throw invalidInput('not an HTML file');
      if (bytes.includes(0)) throw invalidInput('not an HTML file (it holds NUL bytes)');
      return htmlToText(utf8Of(bytes), { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }] });
    case 'text':
      if (looksBinary(bytes)) throw invalidInput('not a text file');
      if (bytes.includes(0)) throw invalidInput('not a text file (it holds NUL bytes)');
      return utf8Of(bytes).replace(/\r\n?/g, '\n');
  }
}

function withoutNul(text: string): string {
  return text.replaceAll('\u0000', '');
}

function utf8Of(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  const decoded = sample.toString('utf8');
  const replacements = decoded.split('\uFFFD').length - 1;
  return replacements > sample.length / 100;
}

async function pdfText(bytes: Buffer, readPdf: (bytes: Uint8Array) => Promise<string>): Promise<string> {
  try {
    return await readPdf(new Uint8Array(bytes));
  } catch (error) {
    throw invalidInput(`unreadable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value;
  } catch (error) {
    throw invalidInput(`unreadable DOCX (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function docText(bytes: Buffer): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  try {
    const document = await new WordExtractor().extract(bytes);
    // Word marks cells and tabs with \t; its paragraphs end in \n, as the other readers' do.
    return document.getBody().replace(/\r\n?/g, '\n');
  } catch (error) {
    throw invalidInput(`unreadable DOC (${error instanceof Error ? error.message : String(error)})`);
  }
}
