import { simpleParser } from 'mailparser';
import { buildMime } from './mime';

const base = {
  from: 'toezegd <noreply@toezegd.example>',
  to: 'lezer@example.nl',
  subject: 'Toezegging over tijd: Minister van Financiën',
  html: '<p>Één toezegging — «te laat»</p>',
  text: 'Één toezegging — «te laat»\n',
  date: new Date('2026-03-02T08:00:00Z'),
};

describe('buildMime', () => {
  it('builds a message any mail reader decodes back to the same subject, text, HTML and headers', async () => {
    const built = buildMime({ ...base, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } });
    if (!built) throw new Error('expected a message');
    expect(built.envelope).toEqual({ from: 'noreply@toezegd.example', to: ['lezer@example.nl'] });
    expect(built.raw).not.toMatch(/[^\r]\n/);
    const parsed = await simpleParser(built.raw);
    expect(parsed.subject).toBe(base.subject);
    expect(parsed.text).toBe(base.text);
    expect(parsed.html).toBe(base.html);
    expect(parsed.messageId).toBe(built.messageId);
    expect(parsed.from?.value).toEqual([{ name: 'toezegd', address: 'noreply@toezegd.example' }]);
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed.date?.toISOString()).toBe('2026-03-02T08:00:00.000Z');
  });

  it('keeps line breaks in user text out of the headers and encodes long or odd subjects', async () => {
    const subject = `Minister\r\nBcc: victim@example.com ${'lange titel '.repeat(20)} =?x?=`;
    const built = buildMime({ ...base, subject, from: '"Toezegd, redactie" <noreply@toezegd.example>' });
    if (!built) throw new Error('expected a message');
    const head = built.raw.slice(0, built.raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^Bcc:/im);
    expect(head.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    const parsed = await simpleParser(built.raw);
    expect(parsed.subject).toBe(subject.replace(/\r\n/, ' ').trim());
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.from?.value[0].name).toBe('Toezegd, redactie');
  });

  it('leaves an address it cannot write as plain ASCII to the generic composer', () => {
    expect(buildMime({ ...base, to: 'lézer@example.nl' })).toBeNull();
    expect(buildMime({ ...base, to: 'a@example.nl\r\nBcc: b@example.nl' })).toBeNull();
  });
});
