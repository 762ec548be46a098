import { DataSource } from 'typeorm';

export const MINISTRIES = [
  'Justitie en Veiligheid', 'Financiën', 'Onderwijs, Cultuur en Wetenschap', 'Volksgezondheid, Welzijn en Sport', 'Infrastructuur en Waterstaat',
  'Landbouw, Natuur en Voedselkwaliteit', 'Sociale Zaken en Werkgelegenheid', 'Buitenlandse Zaken', 'Defensie', 'Economische Zaken en Klimaat',
  'Binnenlandse Zaken en Koninkrijksrelaties', 'Algemene Zaken',
];

/**
 * Seeds `documents` answers and `commitments` commitments with set-based INSERT … SELECT
 * (one statement each), varied enough for the planner: statuses, ministries, due dates, words.
 */
export async function seed(db: DataSource, documents: number, commitments: number): Promise<void> {
  await db.query(`TRUNCATE commitment_event, commitment, document CASCADE`);
  await db.query(
    `INSERT INTO document (source, external_id, number, kind, title, date, case_number, ministry, text, text_hash)
     SELECT 'bench', 'doc-' || g, '2020D' || lpad(g::text, 5, '0'), 'answer', 'Antwoord op vragen nr. ' || g,
            date '2017-01-01' + (g % 1800), '2020Z' || lpad(g::text, 5, '0'), ($2::text[])[1 + g % 12],
            repeat('Antwoord op de vragen van het lid. ', 200), md5(g::text) || md5(g::text)
       FROM generate_series(1, $1) g`,
    [documents, MINISTRIES],
  );
  await db.query(
    `WITH docs AS (SELECT id, date, ministry, row_number() OVER (ORDER BY external_id) AS n FROM document)
     INSERT INTO commitment (document_id, quote, kind, owner_role, owner_name, ministry, vehicle, deadline_phrase, due, due_source,
                             effective_due, confidence, status, origin, fulfilled_at, fulfilling_letter, fingerprint, created_at)
     SELECT d.id,
            'Ik zal uw Kamer ' || (ARRAY['voor de zomer','in het najaar','voor het einde van het jaar','begin volgend jaar'])[1 + g % 4]
              || ' informeren over ' || (ARRAY['mensenhandel','stikstof','fietspaden','jeugdzorg','pensioenen','woningbouw','de toeslagen','cybercrime','het klimaatakkoord','de zorgkosten'])[1 + g % 10]
              || ' (toezegging ' || g || ').',
            (ARRAY['report','action']::commitment_kind[])[1 + g % 2],
            'Minister van ' || d.ministry, 'Bewindspersoon ' || (g % 40), d.ministry,
            CASE WHEN g % 3 = 0 THEN 'voortgangsbrief ' || (ARRAY['mensenhandel','stikstof','fietspaden','jeugdzorg'])[1 + g % 4] END,
            'voor de zomer', d.date + 120, 'phrase', d.date + 120, 0.5 + (g % 50) / 100.0,
            (ARRAY['open','open','open','fulfilled','partially_fulfilled','lapsed','candidate','open']::commitment_status[])[1 + g % 8],
            (ARRAY['extracted','tk_register']::commitment_origin[])[1 + g % 2],
            CASE WHEN g % 8 IN (3, 4) THEN (d.date + 100 + g % 90)::timestamptz END,
            CASE WHEN g % 8 IN (3, 4) THEN '2021D' || lpad(g::text, 5, '0') END,
            'bench-' || g, d.date::timestamptz
       FROM generate_series(1, $1) g JOIN docs d ON d.n = 1 + g % $2`,
    [commitments, documents],
  );
  await db.query(`ANALYZE document; ANALYZE commitment;`);
}
