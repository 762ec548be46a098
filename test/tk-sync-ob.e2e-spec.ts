import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { TkSyncService } from '../src/sources/tk/tk-sync.service';
import { createTestApp, TestApp } from './support/test-app';
import { Fault, TkReplayServer } from './support/tk-replay-server';
import { tkResources } from './support/tk-resources';
import ids from './fixtures/tk/ids.json';

const FIXTURES = path.join(__dirname, 'fixtures');

/**
 * 2024D12000 (Aanhangselnummer 202301456): its publication has more questions than its PDF. Its
 * current DocumentVersie names it `ah-1456`; the id derived from the Aanhangselnummer is not served.
 */
const PUBLISHED = 'ah-1456';
const DERIVED = 'ah-tk-20232024-1456';
const PUBLISHED_FIXTURE = `${DERIVED}.constructed.xml`;
/** 2024D15000 (202301502): not published there, so the PDF is read. */
const UNPUBLISHED = 'ah-tk-20232024-1502';
/** 2024D14000 (202301402): CONSTRUCTED, a publication with a notice and no `antwoord`, so the DOCX is read. */
const WITHOUT_ANSWER = 'ah-tk-20232024-1402';
const NOTICE_ONLY = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie><kamervragen><kamervraagnummer>1402</kamervraagnummer>
  <kamervraagomschrijving type="vraag">Vragen van het lid De Vries (VVD) aan de Minister van Onderwijs, Cultuur en Wetenschap over het lerarentekort (ingezonden 5 maart 2024).</kamervraagomschrijving>
  <kamervraagopmerking><al>De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.</al></kamervraagopmerking>
</kamervragen></officiele-publicatie>`;

interface Rig {
  server: TkReplayServer;
  t: TestApp;
  db: Client;
}

async function rig(faults: Fault[] = []): Promise<Rig> {
  const files = await tkResources();
  const publications = new Map([
    [PUBLISHED, readFileSync(path.join(FIXTURES, 'ob', PUBLISHED_FIXTURE), 'utf8')],
    [WITHOUT_ANSWER, NOTICE_ONLY],
  ]);
  const server = new TkReplayServer(path.join(FIXTURES, 'tk'), files, faults, publications);
  await server.start();
  const t = await createTestApp('smtp://127.0.0.1:9', {
    TK_SYNCFEED_URL: server.url, OB_URL: server.obUrl, TK_HTTP_RETRIES: '0', TK_REQUESTS_PER_SECOND: '0',
  });
  const db = new Client({ connectionString: t.databaseUrl });
  await db.connect();
  return { server, t, db };
}

async function close(r: Rig): Promise<void> {
  await r.db.end();
  await r.t.close();
  await r.server.stop();
}

const DOCUMENTS_ONLY = { categories: ['Zaak', 'ZaakActor', 'DocumentActor', 'DocumentVersie', 'Document'] as const };

async function documentText(db: Client, number: string): Promise<string> {
  return ((await db.query(`SELECT text FROM document WHERE number = $1`, [number])).rows[0] as { text: string }).text;
}

async function commitmentsOf(db: Client, number: string) {
  const { rows } = await db.query(
    `SELECT c.quote, c.answer_label, to_char(c.due, 'YYYY-MM-DD') AS due FROM commitment c JOIN document d ON d.id = c.document_id
     WHERE d.number = $1 AND c.origin = 'extracted' ORDER BY c.start_offset`,
    [number],
  );
  return rows as { quote: string; answer_label: string | null; due: string | null }[];
}

describe('TK sync with answers from officielebekendmakingen (OB_URL)', () => {
  it('stores the publication text of an answer and extracts its commitments from it, and falls back to the TK file otherwise', async () => {
    const { server, t, db } = await rig();
    try {
      const summary = await t.app.get(TkSyncService).run(DOCUMENTS_ONLY);

      // The feed carries two versions of 2024D12000: each is read from the publication its DocumentVersie names.
      expect(summary).toMatchObject({ obTexts: 2, obFallbacks: 2, errors: 0, obIdsFromFeed: 2 });
      expect(server.count(`/officielepublicaties/${PUBLISHED}/${PUBLISHED}.xml`)).toBe(2);
      expect(server.count(`/officielepublicaties/${DERIVED}/`)).toBe(0);
      // The others' ids are derived from their Aanhangselnummer, each fallback counted with its reason.
      expect(summary.obIdFallbacks).toEqual({
        'no ExterneIdentifier in the feed: derived from the Aanhangsel number': 1,
        'ExterneIdentifier is not an Aanhangsel publication: derived from the Aanhangsel number': 1,
        // 2024D16000 has no Aanhangselnummer: nothing is asked for it.
        'no ExterneIdentifier in the feed, nor an Aanhangsel number': 1,
      });
      // The publication was enough: the TK file of that answer was never downloaded.
      expect(server.count(`/Resources/${ids.A1}`)).toBe(0);

      const published = await documentText(db, '2024D12000');
      expect(published).toContain('De uitkomsten van dat onderzoek stuur ik uw Kamer voor 1 december 2024 toe.');
      expect(published).toMatch(/^Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n/);
      expect(await commitmentsOf(db, '2024D12000')).toEqual([
        { quote: 'Ik zal uw Kamer voor de zomer informeren over de voortgang van de hersteloperatie.', answer_label: '1', due: '2024-07-04' },
        { quote: 'De evaluatie stuur ik uw Kamer uiterlijk in het najaar van 2024 toe.', answer_label: '2 en 3', due: '2024-12-20' },
        { quote: 'De uitkomsten van dat onderzoek stuur ik uw Kamer voor 1 december 2024 toe.', answer_label: '2 en 3', due: '2024-12-01' },
      ]);

      // Not published (404): the PDF.
      expect(server.count(`/officielepublicaties/${UNPUBLISHED}/${UNPUBLISHED}.xml`)).toBe(1);
      expect(await documentText(db, '2024D15000')).toContain('Wanneer is het onderzoek afgerond?');
      expect((await commitmentsOf(db, '2024D15000')).map((c) => c.quote)).toEqual([
        'Ik zal uw Kamer voor 1 oktober 2024 informeren over de uitkomsten van het onderzoek.',
      ]);

      // Published without an answer: the DOCX.
      expect(server.count(`/officielepublicaties/${WITHOUT_ANSWER}/${WITHOUT_ANSWER}.xml`)).toBe(1);
      expect(await documentText(db, '2024D14000')).not.toContain('gebruikelijke termijn');
      expect((await commitmentsOf(db, '2024D14000')).map((c) => c.quote)).toEqual([
        'Ik stuur uw Kamer voor het einde van het jaar een brief over de aanpak van het lerarentekort.',
      ]);

      // Only answers with a session year and an Aanhangsel number are asked for.
      expect(server.count('/officielepublicaties/')).toBe(4);
    } finally {
      await close({ server, t, db });
    }
  });

  it('reads every answer from the TK files while officielebekendmakingen fails, and finishes the sync', async () => {
    const down = await rig([
      { match: (pathname) => pathname.includes('/officielepublicaties/'), times: 100, respond: (res) => res.writeHead(503).end() },
    ]);
    try {
      const summary = await down.t.app.get(TkSyncService).run(DOCUMENTS_ONLY);
      expect(summary).toMatchObject({ obTexts: 0, obFallbacks: 4, errors: 0, cursors: { Document: '4011' } });
      const text = await documentText(down.db, '2024D12000');
      // The PDF's header line, not the publication's.
      expect(text).toContain('Vergaderjaar 2023-2024 Aanhangsel van de Handelingen');
      expect(text).not.toContain('De uitkomsten van dat onderzoek');
    } finally {
      await close(down);
    }
  });
});
