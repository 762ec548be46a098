import { pdfOf } from '../../test/support/pdf-of';
import { documentTextFromBytes } from './document-file';
import { PdfTextPool, pdfTextInThread } from './pdf-text';

describe('PdfTextPool', () => {
  const pool = new PdfTextPool(2);
  afterAll(() => pool.close());

  it('reads many PDFs at once in worker threads, each to its own text, as this thread would', async () => {
    const files = await Promise.all(Array.from({ length: 12 }, (_, i) => pdfOf([`Antwoord ${i}`, `Ik zal uw Kamer voor de zomer informeren over punt ${i}.`])));
    const texts = await Promise.all(files.map((f) => pool.text(new Uint8Array(f))));
    texts.forEach((text, i) => expect(text).toContain(`informeren over punt ${i}.`));
    expect(await pdfTextInThread(new Uint8Array(files[3]))).toBe(texts[3]);
  });

  it('reports a broken PDF as unreadable input and keeps reading the next ones', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 7)]);
    await expect(documentTextFromBytes(broken, '', (b) => pool.text(b))).rejects.toThrow(/unreadable PDF/);
    const { text, format } = await documentTextFromBytes(await pdfOf(['Nog steeds leesbaar.']), '', (b) => pool.text(b));
    expect({ text: text.trim(), format }).toEqual({ text: 'Nog steeds leesbaar.', format: 'pdf' });
  });
});
