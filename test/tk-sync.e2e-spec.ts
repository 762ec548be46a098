import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { Sleeper } from '../src/sources/tk/sleeper';
import { TkSyncService } from '../src/sources/tk/tk-sync.service';
import { runCli } from './support/cli';
import { createTestApp, TestApp } from './support/test-app';
import { Fault, TkReplayServer } from './support/tk-replay-server';
import { tkResources } from './support/tk-resources';
import ids from './fixtures/tk/ids.json';

const FIXTURES = path.join(__dirname, 'fixtures', 'tk');

/** Records every wait the HTTP client asks for and returns at once. */
class RecordingSleeper extends Sleeper {
  readonly waits: number[] = [];
  override sleep(ms: number): Promise<void> {
    this.waits.push(ms);
    return Promise.resolve();
  }
}

const page = (category: string, skiptoken: string | null) => (pathname: string, q: URLSearchParams) =>
  pathname.endsWith('/Feed') && q.get('category') === category && q.get('skiptoken') === skiptoken;

function faults(): Fault[] {
  return [
    // ZaakActor's only page: 429 with Retry-After once.
    { match: page('ZaakActor', null), times: 1, respond: (res) => res.writeHead(429, { 'retry-after': '7' }).end('slow down') },
    // DocumentActor's second page: 503 once.
    { match: page('DocumentActor', '3002'), times: 1, respond: (res) => res.writeHead(503).end() },
    // Toezegging's second page: cut off halfway, once.
    {
      match: page('Toezegging', '5003'),
      times: 1,
      respond: (res, body) => {
        const xml = String(body());
        res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(xml.slice(0, Math.floor(xml.length / 2)));
      },
    },
    // The file of one answer fails on every attempt of the first run (1 + TK_HTTP_RETRIES).
    { match: (p) => p.endsWith(`/Resources/${ids.X1}`), times: 3, respond: (res) => res.writeHead(500).end('boom') },
  ];
}


interface Rig {
  server: TkReplayServer;
  t: TestApp;
  sleeper: RecordingSleeper;
  db: Client;
}

async function rig(files: Map<string, Buffer>): Promise<Rig> {
  const server = new TkReplayServer(FIXTURES, files, faults());
  await server.start();
  const sleeper = new RecordingSleeper();
  const t = await createTestApp(
    'smtp://127.0.0.1:9',
    { TK_SYNCFEED_URL: server.url, TK_HTTP_RETRIES: '2', TK_REQUESTS_PER_SECOND: '0' },
    (builder) => builder.overrideProvider(Sleeper).useValue(sleeper),
  );
  const db = new Client({ connectionString: t.databaseUrl });
  await db.connect();
  return { server, t, sleeper, db };
}

async function close(r: Rig): Promise<void> {
  await r.db.end();
  await r.t.close();
  await r.server.stop();
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** What a user could notice, without generated ids and timestamps. */
async function snapshot(db: Client) {
  const q = async (sql: string) => (await db.query(sql)).rows;
  return {
    documents: await q(`SELECT external_id, kind, number, title, to_char(date, 'YYYY-MM-DD') AS date, session_year, appendix_number,
      case_number, ministry, author_role, author_name, text_hash, deleted, resource_error IS NOT NULL AS failed FROM document ORDER BY external_id`),
    commitments: await q(`SELECT c.fingerprint, c.quote, c.status, c.raw_status, c.origin, c.owner_role, c.owner_name, c.ministry,
      to_char(c.due, 'YYYY-MM-DD') AS due, to_char(c.effective_due, 'YYYY-MM-DD') AS effective_due, c.withdrawn, c.external_ref,
      c.fulfilling_letter, d.number AS fulfilling_number, to_char(c.fulfilled_at, 'YYYY-MM-DD') AS fulfilled_on
      FROM commitment c LEFT JOIN document d ON d.id = c.fulfilling_document_id ORDER BY c.fingerprint`),
    events: await q(`SELECT c.fingerprint, e.type, e.details FROM commitment_event e JOIN commitment c ON c.id = e.commitment_id ORDER BY c.fingerprint, e.id`),
    zaken: await q(`SELECT id, number, kind, title, deleted FROM tk_zaak ORDER BY id`),
    links: await q(`SELECT * FROM tk_document_zaak ORDER BY document_tk_id, zaak_tk_id`),
    actors: await q(`SELECT * FROM tk_actor ORDER BY id`),
    cursors: await q(`SELECT source, cursor FROM sync_state ORDER BY source`),
  };
}

describe('TK SyncFeed sync against a replay server', () => {
  let files: Map<string, Buffer>;
  let full: Rig;
  let finalState: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    files = await tkResources();
    full = await rig(files);
  });

  afterAll(async () => {
    await close(full);
  });

  it('fills documents, extracted and register commitments and chains from an empty database', async () => {
    const sync = full.t.app.get(TkSyncService);
    const first = await sync.run({ chunkSize: 2 });

    // 429 waited as told by Retry-After; 503 retried; truncated page and failing file reported, not fatal.
    expect(full.sleeper.waits).toContain(7000);
    expect(full.server.count('category=DocumentActor&skiptoken=3002')).toBe(2);
    expect(first.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/Toezegging feed after skiptoken 5003: malformed or truncated/), expect.stringMatching(/2024D15000: .*HTTP 500/)]),
    );
    expect(first.errors).toBe(2);
    expect(first.cursors.Toezegging).toBe('5003');
    expect(first.cursors.Document).toBe('4011');

    const http = request(full.t.app.getHttpServer());
    const listed = await http.get('/api/documents').query({ pageSize: 100 }).expect(200);
    const numbers = listed.body.items.map((d: { number: string }) => d.number).sort();
    // The Motie is not followed; the withdrawn answer is hidden; the failed one waits for its text.
    expect(numbers).toEqual(['2024D10000', '2024D11000', '2024D12000', '2024D13000', '2024D14000', '2024D15000', '2024D40000']);

    const answer = listed.body.items.find((d: { number: string }) => d.number === '2024D12000');
    expect(answer).toMatchObject({
      kind: 'answer', sessionYear: '2023-2024', appendixNumber: '202301456', caseNumber: '2024Z04000', date: '2024-04-10',
      // The newer version of the entity wins.
      title: 'Antwoord op vragen van het lid Jansen over de voortgang van de hersteloperatie',
    });

    const state = await snapshot(full.db);
    const byNumber = (n: string) => state.documents.find((d) => d.number === n);
    expect(byNumber('2024D14000')).toMatchObject({ kind: 'answer', ministry: 'Onderwijs, Cultuur en Wetenschap', author_name: 'E.E.W. Bruins' });
    expect(byNumber('2024D16000')).toMatchObject({ deleted: true });
    expect(byNumber('2024D15000')).toMatchObject({ failed: true });
    expect(byNumber('2024D13000')).toMatchObject({ kind: 'questions', case_number: '2024Z05000' });
    // The letter's Kamerstuk identity from its kamerstukdossier ref and volgnummer; an answer (volgnummer -1) has none.
    const kamerstukken = await full.db.query(`SELECT number, kamerstuk_dossier, kamerstuk_number FROM document WHERE number IN ('2024D40000', '2024D12000') ORDER BY number`);
    expect(kamerstukken.rows).toEqual([
      { number: '2024D12000', kamerstuk_dossier: null, kamerstuk_number: null },
      { number: '2024D40000', kamerstuk_dossier: '36200-IX', kamerstuk_number: '12' },
    ]);

    const extracted = state.commitments.filter((c) => c.origin === 'extracted');
    const quotes = extracted.map((c) => c.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        'Ik zal uw Kamer voor de zomer informeren over de voortgang van de hersteloperatie.',
        'Ik stuur uw Kamer voor het einde van het jaar een brief over de aanpak van het lerarentekort.',
      ]),
    );
    const fromDocx = extracted.find((c) => /lerarentekort/.test(c.quote));
    expect(fromDocx).toMatchObject({ ministry: 'Onderwijs, Cultuur en Wetenschap', due: '2024-12-31' });
    const withdrawn = extracted.find((c) => /parallelimport/.test(c.quote));
    expect(withdrawn).toMatchObject({ withdrawn: true });
    const listedCommitments = await http.get('/api/commitments').query({ q: 'parallelimport' }).expect(200);
    expect(listedCommitments.body.total).toBe(0);

    // Register page 1 only (page 2 was truncated): statuses mapped, raw kept, letter linked.
    const register = state.commitments.filter((c) => c.origin === 'tk_register');
    expect(register.map((c) => [c.external_ref, c.status, c.raw_status])).toEqual([
      ['TZ202402-101', 'open', 'Openstaand'],
      ['TZ202402-102', 'fulfilled', 'Afgedaan'],
      ['TZ202402-103', 'partially_fulfilled', 'Deels Afgedaan'],
    ]);
    expect(register[0]).toMatchObject({ owner_role: 'Minister van Financiën', owner_name: 'E. Heinen', ministry: 'Financiën', due: '2024-07-04' });
    expect(register[1]).toMatchObject({ fulfilling_letter: '2024D40000', fulfilling_number: '2024D40000', fulfilled_on: '2024-04-30' });

    // The chain of a written question: question → postponement → answer, term 3 + 3 weeks.
    const chain = await http.get(`/api/documents/${answer.id}/chain`).expect(200);
    expect(chain.body).toMatchObject({
      caseNumber: '2024Z04000',
      question: { number: '2024D10000', date: '2024-02-28' },
      postponements: [{ number: '2024D11000' }],
      answers: [{ number: '2024D12000' }],
      answerDue: '2024-04-10',
      late: false,
    });
    const plain = listed.body.items.find((d: { number: string }) => d.number === '2024D14000');
    const chain2 = await http.get(`/api/documents/${plain.id}/chain`).expect(200);
    expect(chain2.body).toMatchObject({ postponements: [], answerDue: '2024-03-26', answeredOn: '2024-03-26', late: false });
  });

  it('picks up what failed on the next run, and a run after that changes nothing', async () => {
    const sync = full.t.app.get(TkSyncService);
    const second = await sync.run();
    expect(second.errors).toBe(0);
    const state = await snapshot(full.db);

    expect(state.documents.find((d) => d.number === '2024D15000')).toMatchObject({ failed: false, ministry: 'Financiën' });
    expect(state.commitments.map((c) => c.quote)).toContain('Ik zal uw Kamer voor 1 oktober 2024 informeren over de uitkomsten van het onderzoek.');
    const register = state.commitments.filter((c) => c.origin === 'tk_register');
    expect(register.map((c) => [c.external_ref, c.status, c.raw_status, c.withdrawn])).toEqual([
      ['TZ202402-101', 'fulfilled', 'Afgedaan', false],
      ['TZ202402-102', 'fulfilled', 'Afgedaan', false],
      ['TZ202402-103', 'partially_fulfilled', 'Deels Afgedaan', true],
      ['TZ202402-104', 'lapsed', 'Vervallen', false],
      ['TZ202402-105', 'open', '', false],
      ['TZ202402-106', 'open', 'In behandeling', false],
    ]);
    expect(register[4]).toMatchObject({ fulfilled_on: null, due: '2024-12-20' });
    expect(state.events.filter((e) => e.type === 'status_changed')).toEqual([
      { fingerprint: `tk_register:${ids.T1}`, type: 'status_changed', details: { from: 'open', to: 'fulfilled', rawStatus: 'Afgedaan' } },
    ]);

    const third = await sync.run();
    expect(third).toMatchObject({ entries: 0, documentsStored: 0, commitmentsCreated: 0, registerCreated: 0, errors: 0 });
    finalState = await snapshot(full.db);
    expect(finalState).toEqual(state);
  });

  it('resumes a run that crashed halfway without losing or duplicating anything', async () => {
    const crashed = await rig(files);
    try {
      const sync = crashed.t.app.get(TkSyncService);
      let documents = 0;
      const crash = sync.run({
        chunkSize: 2,
        beforeEntry: (category) => {
          if (category === 'Document' && ++documents === 6) throw new Error('power cut');
        },
      });
      await expect(crash).rejects.toThrow('power cut');
      const half = await snapshot(crashed.db);
      // Committed chunks stay, with their cursor; the crashed chunk left nothing behind.
      expect(half.cursors).toContainEqual({ source: 'tk:Document', cursor: '4005' });
      expect(half.documents.map((d) => d.number).sort()).toEqual(['2024D10000', '2024D11000', '2024D12000', '2024D13000']);

      for (let run = 0; run < 3; run++) await sync.run({ chunkSize: 2 });
      expect(await snapshot(crashed.db)).toEqual(finalState);
    } finally {
      await close(crashed);
    }
  });

  it('runs from the command line, with progress and a summary on stderr', async () => {
    const cli = await rig(files);
    try {
      const env = { DATABASE_URL: cli.t.databaseUrl, TK_SYNCFEED_URL: cli.server.url, TK_HTTP_RETRIES: '0', TK_REQUESTS_PER_SECOND: '0' };
      const zaak = await runCli(['sync', '--category', 'zaak'], env);
      expect(zaak.stderr).toMatch(/done: 5 feed entries/);
      expect(zaak.code).toBe(0);
      expect(JSON.parse(zaak.stdout.trim()).cursors).toEqual({ Zaak: '1005' });

      const bad = await runCli(['sync', '--category', 'Motie'], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);

      const port = await closedPort();
      const unreachable = await runCli(['sync'], { ...env, TK_SYNCFEED_URL: `http://127.0.0.1:${port}/SyncFeed/2.0` });
      expect(unreachable.code).toBe(1);
      expect(unreachable.stderr).toBe(`toezegd: cannot reach http://127.0.0.1:${port} (ECONNREFUSED)\n`);
    } finally {
      await close(cli);
    }
  });

  it('keeps what the feed said about a document whose file is fetched again on a later run', async () => {
    // As if the letter's file had failed on its way in: the next run fetches it again, from its stored record.
    await full.db.query(`UPDATE document SET resource_error = 'HTTP 503', resource_attempts = 1 WHERE number = '2024D40000'`);
    const retried = await full.t.app.get(TkSyncService).run();
    expect(retried).toMatchObject({ downloaded: 1, errors: 0 });
    const { rows } = await full.db.query(`SELECT kamerstuk_dossier, kamerstuk_number, resource_error FROM document WHERE number = '2024D40000'`);
    expect(rows).toEqual([{ kamerstuk_dossier: '36200-IX', kamerstuk_number: '12', resource_error: null }]);
  });
});
