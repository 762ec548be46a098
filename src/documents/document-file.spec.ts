import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentTextFromBytes } from './document-file';

// Real /SyncFeed/2.0/Resources files (moties, 2009–2025); sources in test/fixtures/tk-real/README.md.
const RESOURCES = path.join(__dirname, '..', '..', 'test', 'fixtures', 'tk-real', 'resources');
const resource = (name: string) => readFileSync(path.join(RESOURCES, name));
const DOC = 'ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc';

describe(documentTextFromBytes.name, () => {
  it('should read an old Word .doc file', async () => {
    const { text, format } = await documentTextFromBytes(resource(DOC));
    expect(format).toBe('doc');
    expect(text).toContain('MOTIE VAN HET LID VERDONK');
    expect(text).toContain('verzoekt de Kamer af te zien van de voortzetting van verantwoordingsdag');
  });

  it.each([
    ['0787ced2-629a-4d32-ab8f-4b97a7680248.docx', 'docx', /Vergaderjaar 2024-2025/],
    ['09b97518-8d7c-4a90-a090-28e45bc44920.docx', 'docx', /GEWIJZIGDE MOTIE VAN HET LID CLAASSEN/],
    ['d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf', 'pdf', /Tweede Kamer der Staten-Generaal|TWEEDE KAMER/i],
  ])('should read the real resource %s', async (name, format, expected) => {
    const read = await documentTextFromBytes(resource(name));
    expect(read.format).toBe(format);
    expect(read.text).toMatch(expected);
  });

  it('should read a file as the content type its source declares, and by its bytes when that is generic', async () => {
    expect((await documentTextFromBytes(resource(DOC), '', undefined, 'application/msword')).format).toBe('doc');
    expect((await documentTextFromBytes(resource(DOC), '', undefined, 'application/octet-stream')).format).toBe('doc');
    // Markup served as text/plain stays text: the declared type wins over what the bytes look like.
    const markup = Buffer.from('<p>Ik zal uw Kamer informeren.</p>');
    expect(await documentTextFromBytes(markup, '', undefined, 'text/plain')).toEqual({ text: '<p>Ik zal uw Kamer informeren.</p>', format: 'text' });
    expect((await documentTextFromBytes(markup)).format).toBe('html');
  });

  it('should read a file by its bytes when it is not what its content type says', async () => {
    expect((await documentTextFromBytes(resource(DOC), '', undefined, 'application/pdf')).format).toBe('doc');
  });

  it('should refuse a binary file that is none of the formats', async () => {
    await expect(documentTextFromBytes(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]), '', undefined, 'application/msword')).rejects.toThrow(
      /not a text, HTML, PDF, DOCX or DOC file|unreadable DOC/,
    );
  });
});
