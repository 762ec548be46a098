import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { convert as htmlToText } from 'html-to-text';
import { invalidInput } from '../common/domain-error';

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

export async function documentTextFromBytes(
  bytes: Buffer,
  extension = '',
): Promise<{ text: string; format: DocumentFormat }> {
  if (bytes.length === 0) throw invalidInput('the file is empty');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { text: await pdfText(bytes), format: 'pdf' };
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

let pdfjsDefined: Promise<void> | null = null;

async function pdfText(bytes: Buffer): Promise<string> {
  const { definePDFJSModule, extractText, getDocumentProxy } = await import('unpdf');
  // Name the bundled PDF.js explicitly: unpdf's own lookup is a dynamic import jest cannot follow.
  pdfjsDefined ??= definePDFJSModule(() => import('unpdf/pdfjs'));
  await pdfjsDefined;
  try {
    // verbosity 0: pdf.js would otherwise print its warnings on stdout/stderr.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: false });
    return (text as string[]).join('\n\n');
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
