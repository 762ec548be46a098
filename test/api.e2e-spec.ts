import path from 'node:path';
import request from 'supertest';
import { runCli } from './support/cli';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, PUBLIC_URL, TestApp } from './support/test-app';

const ANSWERS = [
  path.join(__dirname, 'fixtures', 'ah-tk-20192020-3349.txt'),
  path.join(__dirname, 'fixtures', 'answer-ocw-constructed.txt'),
];

interface Item {
  id: string;
  quote: string;
  status: string;
  overdue: boolean;
  effectiveDue: string | null;
  owner: { role: string | null; name: string | null; ministry: string | null };
}

describe('the commitments API', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let all: Item[];
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    const imported = await runCli(['import', ...ANSWERS], { DATABASE_URL: t.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL });
    expect(imported.code).toBe(0);
    t.clock.set(new Date('2021-01-15T12:00:00+01:00'));
    all = (await http().get('/api/commitments?pageSize=100').expect(200)).body.items;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('should list commitments of both answers, soonest due first', () => {
    expect(all.some((c) => c.owner.ministry === 'Justitie en Veiligheid')).toBe(true);
    expect(all.some((c) => c.owner.ministry === 'Onderwijs, Cultuur en Wetenschap')).toBe(true);
    const dues = all.map((c) => c.effectiveDue ?? '9999');
    expect(dues).toEqual([...dues].sort());
  });

  it('should filter by ministry, owner and Dutch full text', async () => {
    const ocw = (await http().get('/api/commitments').query({ ministry: 'onderwijs, cultuur en wetenschap' }).expect(200)).body;
    expect(ocw.total).toBeGreaterThan(0);
    expect(ocw.items.every((c: Item) => c.owner.ministry === 'Onderwijs, Cultuur en Wetenschap')).toBe(true);

    const byName = (await http().get('/api/commitments').query({ owner: 'broekers' }).expect(200)).body;
    expect(byName.items.every((c: Item) => c.owner.name === 'Broekers-Knol')).toBe(true);
    expect(byName.total).toBe(all.filter((c) => c.owner.name === 'Broekers-Knol').length);

    // "lerarentekort" is stemmed by the dutch configuration; the plural still finds it. The search also
    // reads the promise's document (question, answer, title), so the other promises of that answer match too,
    // ranked after the promise that says it.
    const search = (await http().get('/api/commitments').query({ q: 'lerarentekorten', sort: 'relevance' }).expect(200)).body;
    expect(search.items[0].quote).toContain('lerarentekort');
    expect(search.items.every((c: Item) => c.owner.ministry === 'Onderwijs, Cultuur en Wetenschap')).toBe(true);
  });

  it('should tell overdue from not yet due at the injected date', async () => {
    const overdue = (await http().get('/api/commitments').query({ overdue: true, pageSize: 100 }).expect(200)).body.items as Item[];
    const notOverdue = (await http().get('/api/commitments').query({ overdue: false, pageSize: 100 }).expect(200)).body.items as Item[];
    expect(overdue.length + notOverdue.length).toBe(all.length);
    expect(overdue.every((c) => c.overdue && (c.effectiveDue ?? '') < '2021-01-15')).toBe(true);
    expect(notOverdue.some((c) => c.quote.includes('voor 1 maart 2021'))).toBe(true);
    // Broekers-Knol named no date ("in de voortgangsbrief"): past the default term, which is not "over tijd".
    expect(overdue.some((c) => c.owner.name === 'Broekers-Knol')).toBe(false);
    const pastDefault = (await http().get('/api/commitments').query({ overdue: true, deadline: 'default', pageSize: 100 }).expect(200)).body.items as (Item & { deadlineKind: string })[];
    expect(pastDefault.some((c) => c.owner.name === 'Broekers-Knol')).toBe(true);
    expect(pastDefault.every((c) => c.deadlineKind === 'default' && !c.overdue)).toBe(true);
  });

  it('should filter on the due date and page through the results', async () => {
    const before = (await http().get('/api/commitments').query({ dueBefore: '2020-12-31', pageSize: 100 }).expect(200)).body.items as Item[];
    const after = (await http().get('/api/commitments').query({ dueAfter: '2021-01-01', pageSize: 100 }).expect(200)).body.items as Item[];
    expect(before.every((c) => (c.effectiveDue ?? '') <= '2020-12-31')).toBe(true);
    expect(after.every((c) => (c.effectiveDue ?? '') >= '2021-01-01')).toBe(true);
    expect(before.length + after.length).toBe(all.length);

    const page1 = (await http().get('/api/commitments').query({ pageSize: 2, page: 1 }).expect(200)).body;
    const page2 = (await http().get('/api/commitments').query({ pageSize: 2, page: 2 }).expect(200)).body;
    expect(page1.total).toBe(all.length);
    expect(page1.items.map((c: Item) => c.id)).toEqual(all.slice(0, 2).map((c) => c.id));
    expect(page2.items.map((c: Item) => c.id)).toEqual(all.slice(2, 4).map((c) => c.id));
  });

  it('should show a commitment with the question it answers', async () => {
    const dated = all.find((c) => c.quote.includes('voor 1 maart 2021'))!;
    const detail = (await http().get(`/api/commitments/${dated.id}`).expect(200)).body;
    expect(detail.context.question).toContain('Wanneer informeert u de Kamer');
    expect(detail.context.answer.slice(detail.context.quoteStart, detail.context.quoteEnd)).toBe(dated.quote);
    expect(detail).toMatchObject({ deadlinePhrase: 'voor 1 maart 2021', dueSource: expect.stringMatching(/explicit|phrase/) });
    expect(detail.document.title).toContain('lerarentekort');
  });

  it('should list documents and show one with its text', async () => {
    const documents = (await http().get('/api/documents').expect(200)).body;
    expect(documents.total).toBe(2);
    const one = (await http().get(`/api/documents/${documents.items[0].id}`).expect(200)).body;
    expect(one.text.length).toBeGreaterThan(500);
    expect(one.blocks.length).toBeGreaterThan(1);
  });

  it('should describe itself at /api/docs', async () => {
    const spec = (await http().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/commitments', '/api/commitments/{id}', '/api/commitments/{id}/subscriptions', '/api/commitments/{id}/fulfilment']),
    );
    await http().get('/api/docs').expect(200);
  });

  it('should report a healthy database', async () => {
    expect((await http().get('/health').expect(200)).body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, outbox: { status: 'up' } } });
  });
});
