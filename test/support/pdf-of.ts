import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real one-page PDF with these lines of text (Helvetica, WinAnsi: Dutch accents are fine). */
export async function pdfOf(lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 40, y: 800 - i * 14, size: 9, font }));
  return Buffer.from(await pdf.save());
}
