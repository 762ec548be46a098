// `toezegd reanalyse` recomputes the confidence of stored extracted commitments and publishes by
// EXTRACTION_REVIEW_BELOW, without touching editor decisions, subscriptions, fulfilments or history.
// Uses the built CLI (npm run build first).
import { DataSource } from 'typeorm';
import { ReviewService } from '../src/commitments/review.service';
import { DocumentImportService } from '../src/importing/document-import.service';
import { runCli } from './support/cli';
import { TestData } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';

const PROMISES = [
  'Ik zal uw Kamer voor de zomer een brief sturen over de wachtlijsten in de jeugdzorg.',
  'Ik zal de evaluatie van de pilots voor 1 oktober 2024 aan uw Kamer sturen.',
  'Ik zal uw Kamer voor het einde van het jaar informeren over de uitkomst van het overleg met de gemeenten.',
  'Ik zal uw Kamer in het voorjaar van 2025 de resultaten van het onderzoek naar de reistijden sturen.',
];
const ANSWER = PROMISES.map((p, i) => `Vraag ${i + 1}\nWat gaat u doen?\n\nAntwoord ${i + 1}\n${p}\n`).join('\n');

interface Row {
  quote: string;
  status: string;
  confidence: number;
}

describe('toezegd reanalyse', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  const byQuote = async (): Promise<Record<string, Row>> => {
    const rows = (await db.query(`SELECT quote, status, confidence FROM commitment`)) as Row[];
    return Object.fromEntries(rows.map((r) => [PROMISES.findIndex((p) => r.quote.includes(p.slice(0, 30))), r]));
  };
  const reanalyse = async (reviewBelow: string) => {
    const run = await runCli(['reanalyse'], { DATABASE_URL: t.databaseUrl, EXTRACTION_REVIEW_BELOW: reviewBelow });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.stringContaining('reanalysed 1/1 document(s)') });
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    await smtp.start();
    // Everything published at import, then the stored confidences go stale (as for data imported by the old rules).
    t = await createTestApp(smtp.url, { EXTRACTION_REVIEW_BELOW: '0' });
    db = t.app.get(DataSource);
    await t.app.get(DocumentImportService).importText(ANSWER, { source: 'file', date: '2024-03-01' }, 'import');
    await db.query(`UPDATE commitment SET confidence = 0.05`);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('holds back the uncertain, keeps editor decisions, subscriptions and kept promises, and publishes again', async () => {
    const ids = Object.fromEntries(
      ((await db.query(`SELECT id, quote FROM commitment`)) as { id: string; quote: string }[]).map((r) => [PROMISES.findIndex((p) => r.quote.includes(p.slice(0, 30))), r.id]),
    ) as Record<number, string>;
    expect(Object.keys(ids)).toHaveLength(4);
    // 0: nothing special; 1: a confirmed subscriber; 2: an editor corrected it; 3: kept.
    const data = await TestData.connect(t.databaseUrl);
    try {
      await data.follower('lezer@example.org', ids[1]);
    } finally {
      await data.close();
    }
    await t.app.get(ReviewService).edit(ids[2], { vehicle: 'brief over het overleg' }, 'redactie');
    await db.query(`UPDATE commitment SET status = 'fulfilled', fulfilled_at = now(), fulfilling_letter = '31839-1' WHERE id = $1`, [ids[3]]);
    // A ministry follower's notice about 0, planned while it was public and not sent yet.
    const [watcher] = (await db.query(`INSERT INTO subscriber (email, email_normalized) VALUES ('kijker@example.org', 'kijker@example.org') RETURNING id`)) as { id: string }[];
    const [watch] = (await db.query(
      `INSERT INTO subscription (subscriber_id, target_type, target_key, ministry, status, confirmed_at) VALUES ($1, 'ministry', 'ministry:jenv', 'Justitie en Veiligheid', 'confirmed', now()) RETURNING id`,
      [watcher.id],
    )) as { id: string }[];
    await db.query(
      `INSERT INTO notification (subscriber_id, subscription_id, commitment_id, event, dedupe_key, payload, next_attempt_at, created_at)
       VALUES ($1, $2, $3, 'new_commitment', 'test:new', '{}', now() + interval '1 day', now())`,
      [watcher.id, watch.id, ids[0]],
    );
    const eventsBefore = ((await db.query(`SELECT count(*)::int AS n FROM commitment_event`)) as { n: number }[])[0].n;

    const strict = await reanalyse('1');
    expect(strict).toMatchObject({ documents: 1, commitments: 3, toCandidate: 1, toOpen: 0, keptPublished: 1, notFound: 0, failed: [] });
    const after = await byQuote();
    expect(after[0]).toMatchObject({ status: 'candidate' });
    expect(after[0].confidence).toBeGreaterThan(0.5);
    expect(after[1]).toMatchObject({ status: 'open' });
    expect(after[1].confidence).toBeGreaterThan(0.5);
    expect(after[2]).toMatchObject({ status: 'open', confidence: 0.05 });
    expect(after[3]).toMatchObject({ status: 'fulfilled' });
    expect(after[3].confidence).toBeGreaterThan(0.5);
    expect(await db.query(`SELECT status FROM subscription WHERE commitment_id = $1`, [ids[1]])).toEqual([{ status: 'confirmed' }]);
    expect(await db.query(`SELECT status, last_error AS "lastError" FROM notification WHERE dedupe_key = 'test:new'`)).toEqual([{ status: 'cancelled', lastError: 'under review' }]);
    const moved = (await db.query(`SELECT commitment_id AS id, details FROM commitment_event WHERE actor = 'reanalyse'`)) as { id: string; details: unknown }[];
    expect(moved).toEqual([{ id: ids[0], details: { from: 'open', to: 'candidate' } }]);
    const eventsAfter = ((await db.query(`SELECT count(*)::int AS n FROM commitment_event`)) as { n: number }[])[0].n;
    expect(eventsAfter).toBe(eventsBefore + 1);

    const lenient = await reanalyse('0');
    expect(lenient).toMatchObject({ toCandidate: 0, toOpen: 1 });
    expect((await byQuote())[0]).toMatchObject({ status: 'open' });
  });
});
