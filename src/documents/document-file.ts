import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { convert as htmlToText } from 'html-to-text';
import { invalidInput } from '../common/domain-error';
import { pdfTextInThread } from './pdf-text';

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Reads an answer file (plain text, HTML, PDF or DOCX) as plain text; rejects what is none of these. */
export async function readDocumentFile(file: string): Promise<{ text: string; format: DocumentFormat }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw invalidInput(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw invalidInput(`${file}: larger than 50 MB`);
  const { text, format } = await documentTextFromBytes(bytes, path.extname(file).toLowerCase());
  if (text.trim().length === 0) throw invalidInput(`${file}: contains no text`);
  return { text, format };
}

/** `readPdf`: where PDFs are parsed (a worker pool for bulk imports; this thread by default). */
export async function documentTextFromBytes(
  bytes: Buffer,
  extension = '',
  readPdf: (bytes: Uint8Array) => Promise<string> = pdfTextInThread,
): Promise<{ text: string; format: DocumentFormat }> {
  if (bytes.length === 0) throw invalidInput('the file is empty');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { text: await pdfText(bytes, readPdf), format: 'pdf' };
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' && extension !== '.txt') {
    return { text: await docxText(bytes), format: 'docx' };
  }
  if (looksBinary(bytes)) throw invalidInput('not a text, HTML, PDF or DOCX file');
  const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (extension === '.html' || extension === '.htm' || /^\s*<(!doctype html|html|body|div|p)[\s>]/i.test(raw)) {
    return { text: htmlToText(raw, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }] }), format: 'html' };
  }
  return { text: raw.replace(/\r\n?/g, '\n'), format: 'text' };
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
