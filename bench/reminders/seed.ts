import { Client } from 'pg';

export interface SeedSize {
  commitments: number;
  subscribers: number;
  subscriptions: number;
  ministrySubscriptions: number;
  searchSubscriptions: number;
  overdueShare: number;
}

export const MINISTRIES = [
  'Justitie en Veiligheid', 'Financiën', 'Volksgezondheid, Welzijn en Sport', 'Onderwijs, Cultuur en Wetenschap',
  'Infrastructuur en Waterstaat', 'Sociale Zaken en Werkgelegenheid', 'Buitenlandse Zaken', 'Defensie',
  'Economische Zaken en Klimaat', 'Landbouw, Natuur en Voedselkwaliteit', 'Binnenlandse Zaken en Koninkrijksrelaties',
  'Algemene Zaken', 'Asiel en Migratie', 'Klimaat en Groene Groei', 'Volkshuisvesting en Ruimtelijke Ordening',
];

const TOPICS = ['mensenhandel', 'stikstof', 'jeugdzorg', 'woningbouw', 'pensioenen', 'toeslagen', 'gaswinning', 'asielopvang',
  'cybersecurity', 'onderwijsachterstanden', 'ggz', 'politie', 'rechtspraak', 'energietransitie', 'luchtvaart', 'spoor',
  'defensiematerieel', 'ontwikkelingshulp', 'arbeidsmigratie', 'klimaatadaptatie'];

/**
 * Fills a migrated database in set-based statements (INSERT … SELECT generate_series), as a
 * production database would look: commitments spread over a year either side of `today`.
 */
export async function seed(db: Client, size: SeedSize, today: string): Promise<void> {
  const topics = `ARRAY[${TOPICS.map((t) => `'${t}'`).join(',')}]`;
  const ministries = `ARRAY[${MINISTRIES.map((m) => `'${m}'`).join(',')}]`;
  await db.query(`
    INSERT INTO commitment (quote, kind, owner_role, ministry, vehicle, due, due_source, effective_due, confidence, status, origin, fingerprint, created_at)
    SELECT 'Ik zal uw Kamer voor de zomer informeren over ' || (${topics})[1 + i % ${TOPICS.length}] || ' (dossier ' || i || ').',
           'report', 'Minister van ' || m, m, 'de voortgangsbrief', d, 'phrase', d, 0.9, 'open', 'manual', 'bench-' || i,
           now() - interval '60 days'
    FROM generate_series(0, $1 - 1) AS i,
         LATERAL (SELECT (${ministries})[1 + i % ${MINISTRIES.length}] AS m,
                         CASE WHEN (i * 7) % 100 < $2 THEN $3::date - 1 - (i % 365) ELSE $3::date + (i % 365) END AS d) x`,
    [size.commitments, Math.round(size.overdueShare * 100), today]);
  await db.query(`
    INSERT INTO subscriber (email, email_normalized, digest)
    SELECT 'lezer' || i || '@bench.test', 'lezer' || i || '@bench.test', 'immediate' FROM generate_series(0, $1 - 1) AS i`,
    [size.subscribers]);
  await db.query(`CREATE TEMP TABLE bench_ids AS
    SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, id FROM subscriber`);
  await db.query(`CREATE TEMP TABLE bench_commitments AS SELECT row_number() OVER (ORDER BY fingerprint) - 1 AS n, id FROM commitment`);
  await db.query(`CREATE INDEX ON bench_ids (n); CREATE INDEX ON bench_commitments (n); ANALYZE bench_ids; ANALYZE bench_commitments`);
  const direct = size.subscriptions - size.ministrySubscriptions - size.searchSubscriptions;
  // Subscriber i % S follows commitments that differ for each of its rows.
  await db.query(`
    INSERT INTO subscription (subscriber_id, target_type, target_key, commitment_id, status, confirmed_at)
    SELECT s.id, 'commitment', 'commitment:' || c.id, c.id, 'confirmed', now() - interval '30 days'
    FROM generate_series(0, $1 - 1) AS i
    JOIN bench_ids s ON s.n = i % $2
    JOIN bench_commitments c ON c.n = ((i % $2) * 5 + (i / $2) * 7919) % $3`,
    [direct, size.subscribers, size.commitments]);
  await db.query(`
    INSERT INTO subscription (subscriber_id, target_type, target_key, ministry, status, confirmed_at, due_soon_days, repeat_days)
    SELECT s.id, 'ministry', 'ministry:' || lower(m), m, 'confirmed', now() - interval '30 days', NULL, 0
    FROM generate_series(0, $1 - 1) AS i
    JOIN bench_ids s ON s.n = (i * 37) % $2
    CROSS JOIN LATERAL (SELECT (${ministries})[1 + i % ${MINISTRIES.length}] AS m) x
    ON CONFLICT DO NOTHING`,
    [size.ministrySubscriptions, size.subscribers]);
  await db.query(`
    INSERT INTO subscription (subscriber_id, target_type, target_key, search, status, confirmed_at, due_soon_days, repeat_days)
    SELECT s.id, 'search', 'search:' || q::text, q, 'confirmed', now() - interval '30 days', NULL, 0
    FROM generate_series(0, $1 - 1) AS i
    JOIN bench_ids s ON s.n = (i * 53 + 11) % $2
    CROSS JOIN LATERAL (SELECT CASE WHEN i % 3 = 0
        THEN jsonb_build_object('q', (${topics})[1 + i % ${TOPICS.length}], 'ministry', (${ministries})[1 + i % ${MINISTRIES.length}])
        ELSE jsonb_build_object('q', (${topics})[1 + i % ${TOPICS.length}]) END AS q) x
    ON CONFLICT DO NOTHING`,
    [size.searchSubscriptions, size.subscribers]);
  await db.query('ANALYZE');
}
