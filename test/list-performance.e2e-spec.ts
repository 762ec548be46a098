import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

const NOW = new Date('2021-03-01T10:00:00Z');

/**
 * What the list speed-ups change for a user: totals of huge matches are capped and say so, a list
 * is briefly served from memory but an edit in this process shows at once, writes by another
 * process show once the cache time has passed, and search still finds (and ranks) the right words.
 */
describe('public lists: capped totals and the list cache', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  let other: Client;
  let http: ReturnType<typeof request>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url, { LIST_CACHE_TTL_MS: '3000' });
    t.clock.set(NOW);
    db = t.app.get(DataSource);
    http = request(t.app.getHttpServer());
    // Another process (the CLI, a second instance): its writes bypass this app's cache invalidation.
    other = new Client({ connectionString: t.databaseUrl });
    await other.connect();
    ids.document = await seedDocument(db, { date: '2020-06-30', ministry: 'Financiën' });
    ids.open = await seedCommitment(db, {
      documentId: ids.document, ministry: 'Financiën', ownerRole: 'Minister van Financiën', quote: 'Ik stuur uw Kamer een brief over de toeslagen.', due: '2021-06-01',
    });
    ids.vehicle = await seedCommitment(db, {
      ministry: 'Financiën', quote: 'Ik kom hierop terug in de voortgangsbrief.', vehicle: 'voortgangsbrief toeslagen herstel', due: '2021-07-01',
    });
    ids.mention = await seedCommitment(db, { ministry: 'Financiën', quote: 'Het herstel van de toeslagen heeft prioriteit.', due: '2021-08-01' });
  });

  afterAll(async () => {
    await other.end();
    await t.close();
    await smtp.stop();
  });

  it('counts exactly below the cap and reports "more than" above it', async () => {
    const few = await http.get('/api/commitments?ministry=Financi%C3%ABn').expect(200);
    expect(few.body).toMatchObject({ total: 3, totalCapped: false });

    await other.query(
      `INSERT INTO commitment (quote, kind, ministry, due_source, effective_due, confidence, status, origin, fingerprint)
       SELECT 'Bulk ' || g, 'report', 'Defensie', 'default', date '2022-01-01', 0.5, 'open', 'manual', 'bulk-' || g FROM generate_series(1, 10001) g`,
    );
    t.clock.set(new Date(NOW.getTime() + 60_000));
    const all = await http.get('/api/commitments?pageSize=5').expect(200);
    expect(all.body).toMatchObject({ total: 10_000, totalCapped: true, page: 1, pageSize: 5 });
    expect(all.body.items).toHaveLength(5);
    const defence = await http.get('/api/commitments?ministry=Defensie&status=open&pageSize=1').expect(200);
    expect(defence.body).toMatchObject({ total: 10_000, totalCapped: true });
    const page = await http.get('/toezeggingen?ministry=Defensie').expect(200);
    expect(page.text).toContain('<strong>meer dan 10.000</strong> toezeggingen');
    // Still exact for a narrow filter next to the bulk.
    const finance = await http.get('/api/commitments?ministry=Financi%C3%ABn&pageSize=1').expect(200);
    expect(finance.body).toMatchObject({ total: 3, totalCapped: false });

    await other.query(`DELETE FROM commitment WHERE fingerprint LIKE 'bulk-%'`);
    t.clock.set(new Date(NOW.getTime() + 120_000));
    expect((await http.get('/api/commitments').expect(200)).body).toMatchObject({ total: 3, totalCapped: false });
  });

  it('shows a fulfilment made in this process at once, in the API and on the list page', async () => {
    const before = await http.get('/api/commitments?status=open&ministry=Financi%C3%ABn').expect(200);
    expect(before.body.items.map((c: { id: string }) => c.id)).toContain(ids.open);
    await http.get(`/toezeggingen?status=open&ministry=Financi%C3%ABn`).expect(200);

    await http
      .post(`/api/commitments/${ids.open}/fulfilment`)
      .set('Authorization', `Bearer ${EDITOR_TOKEN}`)
      .send({ status: 'fulfilled', letter: '2021D08000' })
      .expect((r) => expect(r.status).toBeLessThan(300));

    const after = await http.get('/api/commitments?status=open&ministry=Financi%C3%ABn').expect(200);
    expect(after.body.items.map((c: { id: string }) => c.id)).not.toContain(ids.open);
    expect(after.body.total).toBe(before.body.total - 1);
    const kept = await http.get('/api/commitments?status=fulfilled').expect(200);
    expect(kept.body.items.map((c: { id: string }) => c.id)).toEqual([ids.open]);
    const listPage = await http.get('/toezeggingen?status=open&ministry=Financi%C3%ABn').expect(200);
    expect(listPage.text).not.toContain('brief over de toeslagen');
  });

  it('serves a list from memory for a few seconds: another process\'s write shows once that time has passed', async () => {
    const now = new Date(NOW.getTime() + 180_000);
    t.clock.set(now);
    const first = await http.get('/api/commitments?q=toeslagen').expect(200);
    await other.query(`UPDATE commitment SET quote = 'Ik stuur uw Kamer een brief over de kinderopvang.' WHERE id = $1`, [ids.mention]);

    t.clock.set(new Date(now.getTime() + 2_000));
    expect((await http.get('/api/commitments?q=toeslagen').expect(200)).body).toEqual(first.body);

    t.clock.set(new Date(now.getTime() + 6_000));
    const fresh = await http.get('/api/commitments?q=toeslagen').expect(200);
    expect(fresh.body.items.map((c: { id: string }) => c.id)).not.toContain(ids.mention);
    // The stored search vector followed the new quote.
    const moved = await http.get('/api/commitments?q=kinderopvang').expect(200);
    expect(moved.body.items.map((c: { id: string }) => c.id)).toEqual([ids.mention]);
  });

  it('keeps serving an expired list to others while one request reads the new one', async () => {
    const now = new Date(NOW.getTime() + 200_000);
    t.clock.set(now);
    const url = '/api/commitments?q=kinderopvang';
    const first = await http.get(url).expect(200);
    await other.query(`UPDATE commitment SET quote = 'Ik stuur uw Kamer een brief over de kinderopvang en de toeslagen.' WHERE id = $1`, [ids.vehicle]);
    t.clock.set(new Date(now.getTime() + 4_000));

    // Hold the table so the request that refreshes the list has to wait for the database.
    await other.query('BEGIN');
    await other.query('LOCK TABLE commitment IN ACCESS EXCLUSIVE MODE');
    const refreshing = http.get(url).then((r) => r);
    await waitForLockWaiter(other);
    const meanwhile = await http.get(url).expect(200);
    expect(meanwhile.headers['x-cache']).toBe('stale');
    expect(meanwhile.body).toEqual(first.body);
    await other.query('COMMIT');

    const refreshed = await refreshing;
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.items.map((c: { id: string }) => c.id).sort()).toEqual([ids.mention, ids.vehicle].sort());
    const next = await http.get(url).expect(200);
    expect(next.headers['x-cache']).toBe('hit');
    expect(next.body).toEqual(refreshed.body);
  });

  it('searches quote and vehicle in Dutch and ranks the best match first', async () => {
    t.clock.set(new Date(NOW.getTime() + 240_000));
    const ranked = await http.get('/api/commitments?q=voortgangsbrief%20herstel&sort=relevance').expect(200);
    expect(ranked.body.items.map((c: { id: string }) => c.id)).toEqual([ids.vehicle]);
    const stemmed = await http.get('/api/commitments?q=toeslag&sort=relevance').expect(200);
    expect(stemmed.body.items[0].id).toBe(ids.vehicle);
    expect(stemmed.body.items.map((c: { id: string }) => c.id)).toContain(ids.open);
  });

  it('hides commitments of a deleted document from lists', async () => {
    await db.query(`UPDATE document SET deleted = true WHERE id = $1`, [ids.document]);
    const list = await http.get('/api/commitments?ministry=Financi%C3%ABn').expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(ids.open);
    expect(list.body.total).toBe(2);
    await db.query(`UPDATE document SET deleted = false WHERE id = $1`, [ids.document]);
  });
});

/** Resolves once some session waits for a lock held by `holder`. */
async function waitForLockWaiter(holder: Client): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const { rows } = await holder.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no request is waiting for the locked table');
}
