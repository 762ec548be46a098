// npm run eval:linking [-- --cases DIR] — precision and recall of automatic fulfilment linking on
// labelled cases (default test/fixtures/fulfilment; format in ./cases.ts). Ends with one JSON line of
// figures; the auto-link figures are cross-validated (threshold fitted on the other folds), the
// as-run ones use the linker's own constants. Uses the PostgreSQL server of DATABASE_URL (a scratch
// database is created and dropped) or an embedded one in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { DocumentImportService } from '../../src/importing/document-import.service';
import { startTemporaryPostgres } from '../../src/database/embedded-postgres';
import { Case, CaseSet, casesDirFrom, GoldLink, loadCases } from './cases';
import { asRun, CandidateOutcome, crossValidated, figures, LetterOutcome } from './measure';

const ROOT = path.join(__dirname, '..', '..', '..');
const TOP = 3;

async function main(): Promise<void> {
  const set = loadCases(casesDirFrom(process.argv.slice(2), ROOT));
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
      await evaluate(set, app.get(DocumentImportService), app.get(DataSource));
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

async function evaluate(set: CaseSet, importer: DocumentImportService, db: DataSource): Promise<void> {
  const sourceIds = new Map<string, string>();
  for (const source of set.sources) {
    const result = await importer.importText(set.read('sources', source), { source: 'file' }, 'eval');
    sourceIds.set(source, result.document.id);
  }
  await db.query(`CREATE TEMP TABLE snapshot AS SELECT * FROM commitment`);
  const [{ max: lastEvent }] = (await db.query(`SELECT coalesce(max(id), 0) AS max FROM commitment_event`)) as { max: string }[];
  const resolve = async (source: string, quote: string): Promise<string[]> =>
    ((await db.query(`SELECT id FROM commitment WHERE document_id = $1 AND position($2 in quote) > 0`, [sourceIds.get(source), quote])) as { id: string }[]).map(
      (r) => r.id,
    );
  const outcomes: LetterOutcome[] = [];
  for (const c of set.cases) {
    const { outcome, letterId, created } = await judgeLetter(set, c, importer, db, resolve, lastEvent);
    outcomes.push(outcome);
    await resetAfterLetter(db, lastEvent, created ? letterId : null);
  }
  report(set, outcomes);
}

type Resolve = (source: string, quote: string) => Promise<string[]>;

async function judgeLetter(
  set: CaseSet, c: Case, importer: DocumentImportService, db: DataSource, resolve: Resolve, lastEvent: string,
): Promise<{ outcome: LetterOutcome; letterId: string; created: boolean }> {
  const result = await importer.importText(set.read('letters', c.letter), { source: 'file' }, 'eval');
  const letterId = result.document.id;
  if (!result.created) process.stderr.write(`${c.letter}: the same text as a source; judged as that document\n`);
  const gold = new Map<string, GoldLink>();
  let unresolved = 0, unresolvedAuto = 0;
  for (const link of c.links) {
    const ids = await resolve(link.source, link.quote);
    if (ids.length === 0) {
      process.stderr.write(`${c.letter}: no stored promise in ${link.source} quotes «${link.quote}» (counted as missed)\n`);
      unresolved++;
      if (link.auto) unresolvedAuto++;
    }
    for (const id of ids) gold.set(id, link);
  }
  const candidates = (await db.query(
    `SELECT fc.commitment_id AS "commitmentId", fc.score, fc.explicit_citation AS "explicitCitation", fc.reasons, fc.partial,
            fc.status = 'auto_linked' AS "autoLinked", c.status AS "commitmentStatus"
     FROM fulfilment_candidate fc JOIN commitment c ON c.id = fc.commitment_id
     WHERE fc.document_id = $1 ORDER BY fc.score DESC, fc.id`,
    [letterId],
  )) as CandidateOutcome[];
  const moves = await judgeMoves(c, db, resolve, lastEvent);
  const outcome: LetterOutcome = {
    letter: c.letter, kind: c.kind, gold, unresolved, unresolvedAuto,
    candidates: candidates.map((x) => ({ ...x, score: Number(x.score) })),
    mayAutoLink: result.document.kind !== 'postponement' && moves.made === 0,
    movesExpected: moves.expected, movesRight: moves.right, movesWrong: moves.wrong,
  };
  return { outcome, letterId, created: result.created };
}

async function judgeMoves(c: Case, db: DataSource, resolve: Resolve, lastEvent: string) {
  const moved = (await db.query(
    `SELECT commitment_id AS id, details->>'to' AS due FROM commitment_event WHERE id > $1 AND type = 'due_changed'`,
    [lastEvent],
  )) as { id: string; due: string }[];
  let expected = 0, right = 0;
  const allowed = new Set<string>();
  for (const move of c.moves ?? []) {
    const ids = await resolve(move.source, move.quote);
    ids.forEach((id) => allowed.add(id));
    if (move.optional) continue;
    expected++;
    if (moved.some((m) => ids.includes(m.id) && m.due === move.due)) right++;
  }
  const wrong = moved.filter((m) => !allowed.has(m.id)).length;
  return { expected, right, wrong, made: moved.length };
}

/** Back to the state after the sources, so every letter is judged on its own. */
async function resetAfterLetter(db: DataSource, lastEvent: string, letterId: string | null): Promise<void> {
  await db.query(`DELETE FROM fulfilment_candidate`);
  await db.query(`DELETE FROM commitment_event WHERE id > $1`, [lastEvent]);
  await db.query(`DELETE FROM notification`);
  await db.query(
    `UPDATE commitment c SET status = s.status, due = s.due, effective_due = s.effective_due, due_source = s.due_source,
            deadline_phrase = s.deadline_phrase, due_explanation = s.due_explanation, fulfilling_document_id = NULL,
            fulfilling_letter = NULL, fulfilled_at = NULL, auto_linked = false, repeats_commitment_id = s.repeats_commitment_id
     FROM snapshot s WHERE s.id = c.id`,
  );
  if (!letterId) return;
  await db.query(`DELETE FROM commitment WHERE document_id = $1`, [letterId]);
  await db.query(`DELETE FROM document WHERE id = $1`, [letterId]);
}

function report(set: CaseSet, outcomes: LetterOutcome[]): void {
  const lines = outcomes.map((o) => {
    const top = [...o.candidates].sort((a, b) => b.score - a.score).slice(0, TOP);
    const auto = o.candidates.filter((x) => x.autoLinked);
    return (
      `${o.letter.padEnd(44)} ${o.kind.slice(0, 40).padEnd(40)} gold ${o.gold.size + o.unresolved} auto ${auto.length} (${auto.filter((x) => o.gold.has(x.commitmentId)).length} right) ` +
      `top3 [${top.map((x) => `${o.gold.has(x.commitmentId) ? '+' : '-'}${x.score.toFixed(2)}`).join(' ')}]` +
      (o.movesExpected || o.movesWrong ? ` moves ${o.movesRight}/${o.movesExpected}${o.movesWrong ? ` (+${o.movesWrong} wrong)` : ''}` : '') +
      (process.env.EVAL_VERBOSE ? top.map((x) => `\n    ${x.score.toFixed(2)} ${x.reasons.map((r) => `${r.kind}:${r.weight}«${r.phrase.slice(0, 50)}»`).join(' ')}`).join('') : '')
    );
  });
  const ran = figures(outcomes, asRun(outcomes));
  const cv = crossValidated(outcomes);
  const fig = figures(outcomes, cv.counts);
  const pct = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
  process.stdout.write(`${lines.join('\n')}\n\n`);
  process.stdout.write(`${set.dir}: ${outcomes.length} letters, ${outcomes.reduce((n, o) => n + o.gold.size + o.unresolved, 0)} labelled links\n`);
  process.stdout.write(`as run:          auto precision ${pct(ran.autoPrecision)} recall ${pct(ran.autoRecall)}\n`);
  process.stdout.write(`cross-validated: auto precision ${pct(fig.autoPrecision)} recall ${pct(fig.autoRecall)} (thresholds ${cv.thresholds.join(', ')})\n`);
  process.stdout.write(`top-3 recall ${pct(fig.top3Recall)} precision ${pct(fig.top3Precision)}; moves right ${pct(fig.movesRight)}, wrong ${fig.wrongMoves}\n`);
  process.stdout.write(`${JSON.stringify({ ...fig, asRunAutoPrecision: ran.autoPrecision, asRunAutoRecall: ran.autoRecall, letters: outcomes.length })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
