// npm run eval:linking — precision and recall of automatic fulfilment linking on the labelled
// cases in test/fixtures/fulfilment (cases.json). Uses the PostgreSQL server of DATABASE_URL (a
// scratch database is created and dropped) or an embedded one in a temporary folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { DocumentImportService } from '../../src/importing/document-import.service';
import { startTemporaryPostgres } from '../../src/database/embedded-postgres';

interface GoldLink {
  source: string;
  quote: string;
  status: string;
  auto: boolean;
}
interface Case {
  letter: string;
  kind: string;
  links: GoldLink[];
  moves?: { source: string; quote: string; due: string }[];
}

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'fulfilment');
const TOP = 3;

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'toezegd-eval-'));
  let server: { url: string; stop(): Promise<void> } | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startTemporaryPostgres();
    adminUrl = server.url;
  }
  const name = `toezegd_eval_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot({ DATABASE_URL: url.toString(), SCHEDULER_ENABLED: 'false', SMTP_URL: '', DATA_DIR: tmp }),
      { logger: ['error'] },
    );
    try {
      await evaluate(app.get(DocumentImportService), app.get(DataSource));
    } finally {
      await app.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function evaluate(importer: DocumentImportService, db: DataSource): Promise<void> {
  const spec = JSON.parse(readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8')) as { sources: string[]; cases: Case[] };
  const sourceIds = new Map<string, string>();
  for (const source of spec.sources) {
    const result = await importer.importText(readFileSync(path.join(FIXTURES, 'sources', source), 'utf8'), { source: 'file' }, 'eval');
    sourceIds.set(source, result.document.id);
  }
  await db.query(`CREATE TEMP TABLE snapshot AS SELECT * FROM commitment`);
  const [{ max: lastEvent }] = (await db.query(`SELECT coalesce(max(id), 0) AS max FROM commitment_event`)) as { max: string }[];

  const resolve = async (source: string, quote: string): Promise<string[]> =>
    ((await db.query(`SELECT id FROM commitment WHERE document_id = $1 AND position($2 in quote) > 0`, [sourceIds.get(source), quote])) as { id: string }[]).map(
      (r) => r.id,
    );

  let autoTotal = 0, autoCorrect = 0, autoExpected = 0, autoExpectedFound = 0, statusRight = 0;
  let gold = 0, goldInTop = 0, topTotal = 0, topCorrect = 0;
  let movesExpected = 0, movesRight = 0, movesWrong = 0;
  const lines: string[] = [];
  for (const c of spec.cases) {
    const result = await importer.importText(readFileSync(path.join(FIXTURES, 'letters', c.letter), 'utf8'), { source: 'file' }, 'eval');
    const letterId = result.document.id;
    const goldIds = new Map<string, GoldLink>();
    for (const link of c.links) {
      const ids = await resolve(link.source, link.quote);
      if (ids.length === 0) throw new Error(`${c.letter}: no commitment in ${link.source} quotes «${link.quote}»`);
      for (const id of ids) goldIds.set(id, link);
    }
    const candidates = (await db.query(
      `SELECT fc.commitment_id AS id, fc.score, fc.status, c.status AS "commitmentStatus"
       FROM fulfilment_candidate fc JOIN commitment c ON c.id = fc.commitment_id
       WHERE fc.document_id = $1 ORDER BY fc.score DESC, fc.id`,
      [letterId],
    )) as { id: string; score: number; status: string; commitmentStatus: string }[];
    const auto = candidates.filter((x) => x.status === 'auto_linked');
    const top = candidates.slice(0, TOP);
    autoTotal += auto.length;
    autoCorrect += auto.filter((x) => goldIds.has(x.id)).length;
    statusRight += auto.filter((x) => goldIds.get(x.id)?.status === x.commitmentStatus).length;
    for (const [id, link] of goldIds) {
      gold++;
      if (top.some((x) => x.id === id) || auto.some((x) => x.id === id)) goldInTop++;
      if (link.auto) {
        autoExpected++;
        if (auto.some((x) => x.id === id)) autoExpectedFound++;
      }
    }
    topTotal += top.length;
    topCorrect += top.filter((x) => goldIds.has(x.id)).length;

    const moved = (await db.query(
      `SELECT commitment_id AS id, details->>'to' AS due FROM commitment_event WHERE id > $1 AND type = 'due_changed'`,
      [lastEvent],
    )) as { id: string; due: string }[];
    let caseMovesRight = 0;
    for (const move of c.moves ?? []) {
      movesExpected++;
      const ids = await resolve(move.source, move.quote);
      if (moved.some((m) => ids.includes(m.id) && m.due === move.due)) caseMovesRight++;
    }
    movesRight += caseMovesRight;
    const expectedMoveIds = new Set((await Promise.all((c.moves ?? []).map((m) => resolve(m.source, m.quote)))).flat());
    movesWrong += moved.filter((m) => !expectedMoveIds.has(m.id)).length;

    lines.push(
      `${c.letter.padEnd(44)} ${c.kind.padEnd(28)} gold ${goldIds.size} auto ${auto.length} (${auto.filter((x) => goldIds.has(x.id)).length} right) ` +
        `top3 [${top.map((x) => `${goldIds.has(x.id) ? '+' : '-'}${Number(x.score).toFixed(2)}`).join(' ')}]` +
        (c.moves?.length || moved.length ? ` moves ${caseMovesRight}/${c.moves?.length ?? 0}${moved.length > caseMovesRight ? ` (+${moved.length - caseMovesRight} wrong)` : ''}` : ''),
    );

    // Back to the state after the sources, so every letter is judged on its own.
    await db.query(`DELETE FROM fulfilment_candidate`);
    await db.query(`DELETE FROM commitment_event WHERE id > $1`, [lastEvent]);
    await db.query(`DELETE FROM notification`);
    await db.query(
      `UPDATE commitment c SET status = s.status, due = s.due, effective_due = s.effective_due, due_source = s.due_source,
              deadline_phrase = s.deadline_phrase, due_explanation = s.due_explanation, fulfilling_document_id = NULL,
              fulfilling_letter = NULL, fulfilled_at = NULL, auto_linked = false, repeats_commitment_id = s.repeats_commitment_id
       FROM snapshot s WHERE s.id = c.id`,
    );
    await db.query(`DELETE FROM commitment WHERE document_id = $1`, [letterId]);
    await db.query(`DELETE FROM document WHERE id = $1`, [letterId]);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)} (${a}/${b})`);
  process.stdout.write(`${lines.join('\n')}\n\n`);
  process.stdout.write(`cases: ${spec.cases.length} letters, ${gold} labelled links, ${movesExpected} labelled deadline moves\n`);
  process.stdout.write(`auto-link precision: ${ratio(autoCorrect, autoTotal)}   (target >= 0.95)\n`);
  process.stdout.write(`auto-link recall (links that cite their source): ${ratio(autoExpectedFound, autoExpected)}\n`);
  process.stdout.write(`auto-link status right (fulfilled vs partially): ${ratio(statusRight, autoCorrect)}\n`);
  process.stdout.write(`suggestions recall within top ${TOP}: ${ratio(goldInTop, gold)}   (target >= 0.8)\n`);
  process.stdout.write(`suggestions precision within top ${TOP}: ${ratio(topCorrect, topTotal)}\n`);
  process.stdout.write(`deadline moves right: ${ratio(movesRight, movesExpected)}, wrong moves: ${movesWrong}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
