import { Command } from 'commander';
import { createInterface } from 'node:readline';
import { readDocumentFile } from '../documents/document-file';
import { validateEnv } from '../config/env';
import { analyseDocument, fingerprintOf, type DocumentAnalysis, type ExtractedCommitment } from '../extraction';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The flat shape of the JSONL contract: owner as its role string. */
function toRecord(c: ExtractedCommitment) {
  return {
    quote: c.quote,
    kind: c.kind,
    owner: c.owner ? c.owner.role : null,
    ownerName: c.owner?.name ?? null,
    vehicle: c.vehicle,
    deadlinePhrase: c.deadlinePhrase,
    due: c.due,
    dueSource: c.dueSource,
    recurring: c.recurring,
    confidence: c.confidence,
    published: c.published,
    also: c.also,
    answer: c.answer,
    start: c.start,
    end: c.end,
    fingerprint: fingerprintOf(c),
  };
}

function fail(message: string): never {
  process.stderr.write(`toezegd extract: ${message}\n`);
  process.exit(2);
}

async function readDocument(file: string): Promise<string> {
  try {
    return (await readDocumentFile(file)).text;
  } catch (e) {
    fail((e as Error).message);
  }
}

function printHuman(file: string, a: DocumentAnalysis): void {
  const h = a.header;
  const out: string[] = [];
  out.push(`${file}: ${h.kind}${h.appendixNumber ? ` ${h.appendixNumber}` : ''}${h.received ? `, ontvangen ${h.received}` : ''}`);
  if (h.office) out.push(`  door: ${h.office.role}${h.office.name ? ` (${h.office.name})` : ''}`);
  if (h.title) out.push(`  over: ${h.title}`);
  out.push(`  ${a.blocks.length} vraag/antwoord-blokken, ${a.commitments.length} toezegging(en)`);
  for (const c of a.commitments) {
    out.push('');
    out.push(`  [${c.kind}] ${c.answer ? `antwoord ${c.answer}, ` : ''}zekerheid ${c.confidence.toFixed(2)}${c.published ? '' : ' (te beoordelen)'}`);
    out.push(`    «${c.quote.replace(/\s+/g, ' ').trim()}»`);
    if (c.owner) out.push(`    eigenaar: ${c.owner.role}`);
    if (c.vehicle) out.push(`    via: ${c.vehicle}`);
    if (c.deadlinePhrase || c.due) out.push(`    termijn: ${c.deadlinePhrase ?? '-'} → ${c.due ?? 'geen datum'}`);
    if (c.recurring) out.push('    terugkerend');
    for (const a of c.also) out.push(`    herhaald: «${a.replace(/\s+/g, ' ').trim()}»`);
  }
  for (const d of a.deadlineChanges) {
    out.push('');
    out.push(`  [uitstel] «${d.quote.replace(/\s+/g, ' ').trim()}»${d.newDue ? ` → ${d.newDue}` : ''}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** `received` must be a YYYY-MM-DD date, or null for "unknown" (deadlines named, no due dates): never today by default. */
function receivedOf(rec: { received?: unknown }): string | null {
  if (!('received' in rec)) throw new Error('"received" is missing (give YYYY-MM-DD, or null when the date is unknown)');
  if (rec.received === null) return null;
  if (typeof rec.received !== 'string' || !DATE.test(rec.received) || !validDate(rec.received)) {
    throw new Error(`"received" must be YYYY-MM-DD or null, got ${JSON.stringify(rec.received)}`);
  }
  return rec.received;
}

function validDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** EXTRACTION_REVIEW_BELOW and EXTRACTION_REVIEW_ACTIONS_BELOW from the environment: which commitments print as published. */
function reviewThresholds(): { reviewBelow: number; reviewActionsBelow: number } {
  try {
    const env = validateEnv({
      EXTRACTION_REVIEW_BELOW: process.env.EXTRACTION_REVIEW_BELOW,
      EXTRACTION_REVIEW_ACTIONS_BELOW: process.env.EXTRACTION_REVIEW_ACTIONS_BELOW,
    });
    return { reviewBelow: env.EXTRACTION_REVIEW_BELOW, reviewActionsBelow: env.EXTRACTION_REVIEW_ACTIONS_BELOW };
  } catch (e) {
    fail((e as Error).message);
  }
}

async function runJsonl(): Promise<void> {
  const thresholds = reviewThresholds();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const rec = JSON.parse(line) as { id?: unknown; text?: unknown; received?: unknown };
      id = rec?.id ?? null;
      if (typeof rec !== 'object' || rec === null) throw new Error('not a JSON object');
      if (typeof rec.text !== 'string') throw new Error('"text" must be a string');
      const a = analyseDocument(rec.text, { received: receivedOf(rec), ...thresholds });
      process.stdout.write(`${JSON.stringify({ id, commitments: a.commitments.map(toRecord) })}\n`);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ id: id ?? `line ${lineNo}`, error: (e as Error).message })}\n`);
    }
  }
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract [file]')
    .description('print the commitments of one document: text, HTML, PDF or DOCX (no database)')
    .option('--received <date>', 'date the answer was received, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .option('--jsonl', 'read JSON lines {id,text,received} on stdin')
    .action(async (file: string | undefined, opts: { received?: string; json?: boolean; jsonl?: boolean }) => {
      // a closed pipe (`| head`) is a normal way to stop reading
      process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
      if (opts.jsonl) return runJsonl();
      if (!file) fail('give a FILE, or --jsonl to read JSON lines on stdin');
      if (opts.received !== undefined && !(DATE.test(opts.received) && validDate(opts.received))) fail(`--received must be YYYY-MM-DD, got "${opts.received}"`);
      const text = await readDocument(file);
      const a = analyseDocument(text, { received: opts.received, ...reviewThresholds() });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...a, commitments: a.commitments.map((c) => ({ ...c, fingerprint: fingerprintOf(c) })) }, null, 2)}\n`);
      } else printHuman(file, a);
    });
}
