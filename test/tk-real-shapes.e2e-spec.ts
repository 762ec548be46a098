import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { TkSyncService } from '../src/sources/tk/tk-sync.service';
import { createTestApp, TestApp } from './support/test-app';
import { TkReplayServer } from './support/tk-replay-server';

// Real Tweede Kamer shapes (test/fixtures/tk-real/README.md says which file is real, reconstructed or constructed).
const REAL = path.join(__dirname, 'fixtures', 'tk-real');
const resource = (name: string) => readFileSync(path.join(REAL, 'resources', name));

const DOC = 'ca71487f-866a-43aa-a9d5-ec3e2c3a236c';
const DOCX = '0787ced2-629a-4d32-ab8f-4b97a7680248';
const DOCX_AS_OCTETS = '09b97518-8d7c-4a90-a090-28e45bc44920';
const CUT_OFF = '00000000-0000-4000-8000-0000000bad01';
/** 2019D16854 (reconstructed from the real record): Aanhangselnummer 181902411. */
const ANSWER_2019 = 'ec9315bf-e1d1-422e-a8fb-0000932ed927';
const DELETED_TOEZEGGING = '00000000-0000-4000-8000-0000000000dd';
/** Where 2019D16854's id points: served the real Handelingen item, which holds no `antwoord`. */
const HANDELINGEN_AS_ANSWER = 'ah-tk-20182019-2411';

function resources(): Map<string, Buffer> {
  return new Map([
    [DOC, resource(`${DOC}.doc`)],
    [DOCX, resource(`${DOCX}.docx`)],
    [DOCX_AS_OCTETS, resource(`${DOCX_AS_OCTETS}.docx`)],
    [CUT_OFF, resource(`${DOC}.doc`).subarray(0, 2048)],
    // The real file of 2019D16854 was not recorded: a real PDF from the TK's Resources stands in for it.
    [ANSWER_2019, resource('d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf')],
  ]);
}

describe('TK sync of real SyncFeed shapes, files and publications', () => {
  let server: TkReplayServer;
  let t: TestApp;
  let db: Client;
  const q = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;

  beforeAll(async () => {
    const publications = new Map([[HANDELINGEN_AS_ANSWER, readFileSync(path.join(REAL, 'samples', 'h-tk-20172018-50-1.xml'), 'utf8')]]);
    server = new TkReplayServer(path.join(REAL, 'feed'), resources(), [], publications);
    await server.start();
    t = await createTestApp('smtp://127.0.0.1:9', {
      TK_SYNCFEED_URL: server.url, OB_URL: server.obUrl, TK_HTTP_RETRIES: '0', TK_REQUESTS_PER_SECOND: '0',
    });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await t.close();
    await server.stop();
  });

  it('reads every real shape, and counts and names each entry it passes over', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    // Page 4 of Document (a later version of the cut-off answer) is left for the last test.
    const summary = await t.app.get(TkSyncService).run({ limit: 10 });
    const logged = warnings.mock.calls.map((call) => String(call[0]));
    warnings.mockRestore();

    expect(summary.skipped).toEqual({ 'another entity type': 6, 'outside the tkData namespace': 1 });
    // Each one named in the log: the namespace-stripped entry, the zetel records and the Persoon on the Document feed.
    for (const id of ['808fcd50-a0dc-4f60-8b9d-c404a2eb5b2e', 'c8db0181-90e3-4df3-a150-4c004584b160', 'c7822b58-103f-4612-87ef-648be97192c6']) {
      expect(logged).toContainEqual(expect.stringContaining(`entry ${id} skipped`));
    }
    expect(summary.entries).toBe(3 + 3 + 4 + 10);

    // Register: a deleted marker written verwijderd="True" is not an open promise quoting its GUID.
    const register = await q(`SELECT external_ref, status, raw_status, owner_name, fulfilling_letter, quote FROM commitment
      WHERE origin = 'tk_register' ORDER BY external_ref`);
    expect(register).toEqual([
      expect.objectContaining({ external_ref: 'TZ202402-164', status: 'partially_fulfilled', owner_name: 'E.N.A.J. Schreinemacher', fulfilling_letter: null }),
      expect.objectContaining({ external_ref: 'TZ202504-057', status: 'fulfilled', owner_name: 'B. Madlener', fulfilling_letter: '2025D20001, 2025D20002' }),
    ]);
    expect(await q(`SELECT 1 FROM commitment WHERE quote = $1 OR fingerprint LIKE $2`, [DELETED_TOEZEGGING, `%${DELETED_TOEZEGGING}`])).toEqual([]);

    // Actors: the zaakActor on the DocumentActor page (and the other way round) is skipped, not stored under the wrong subject;
    // a persoon ref that is no GUID is dropped, not the actor.
    expect(await q(`SELECT name, subject_type, relation, person_tk_id FROM tk_actor ORDER BY id`)).toEqual([
      { name: 'Th.C. de Graaf', subject_type: 'document', relation: 'Eerste ondertekenaar', person_tk_id: null },
      { name: 'S. Dekker', subject_type: 'document', relation: 'Mede ondertekenaar', person_tk_id: null },
      { name: 'S. Dekker', subject_type: 'zaak', relation: 'Indiener', person_tk_id: null },
    ]);
  });

  it('reads old Word .doc files and the declared content type, and falls back from a publication without an answer', async () => {
    const documents = await q(`SELECT external_id, number, kind, session_year, appendix_number, text, resource_error FROM document ORDER BY number`);
    const byId = (id: string) => documents.find((d) => d.external_id === id);
    expect(byId(DOC)?.text).toContain('MOTIE VAN HET LID VERDONK');
    expect(byId(DOCX)?.text).toMatch(/Vergaderjaar 2024-2025/);
    expect(byId(DOCX_AS_OCTETS)?.text).toContain('GEWIJZIGDE MOTIE VAN HET LID CLAASSEN');
    expect(byId(ANSWER_2019)).toMatchObject({ number: '2019D16854', kind: 'answer', session_year: '2018-2019', appendix_number: '181902411', resource_error: null });
    expect(server.count(`/officielepublicaties/${HANDELINGEN_AS_ANSWER}/`)).toBe(1);
    expect(server.count(`/Resources/${ANSWER_2019}`)).toBe(1);
    expect(byId(CUT_OFF)?.resource_error).toMatch(/unreadable DOC/);
  });

  it('does not fetch an unreadable file again until its document changes', async () => {
    const sync = t.app.get(TkSyncService);
    expect(server.count(`/Resources/${CUT_OFF}`)).toBe(1);

    // A new run retries no unreadable file; the same version replayed is not fetched either.
    const same = await sync.run({ categories: ['Document'], sinceSkiptoken: '910003', limit: 1 });
    expect(same).toMatchObject({ unreadableNotFetched: 1, errors: 0 });
    expect(server.count(`/Resources/${CUT_OFF}`)).toBe(1);

    // A later version of the document: fetched again (and still unreadable, reported again).
    const changed = await sync.run({ categories: ['Document'] });
    expect(changed).toMatchObject({ entries: 1, unreadableNotFetched: 0, errors: 1 });
    expect(changed.problems).toEqual([expect.stringMatching(/^document 2025D90004: unreadable DOC/)]);
    expect(server.count(`/Resources/${CUT_OFF}`)).toBe(2);
  });
});
