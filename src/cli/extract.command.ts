import { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function readDocument(file: string): string {
  let buf: Buffer;
  try {
    if (!statSync(file).isFile()) fail(`${file} is not a file`);
    buf = readFileSync(file);
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (buf.length === 0) fail(`${file} is empty`);
  if (looksBinary(buf)) fail(`${file} looks binary; give the extracted plain text`);
  const text = buf.toString('utf8');
  if (!text.trim()) fail(`${file} contains no text`);
  return text;
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
    out.push(`  [${c.kind}] ${c.answer ? `antwoord ${c.answer}, ` : ''}zekerheid ${c.confidence.toFixed(2)}`);
    out.push(`    «${c.quote.replace(/\s+/g, ' ').trim()}»`);
    if (c.owner) out.push(`    eigenaar: ${c.owner.role}`);
    if (c.vehicle) out.push(`    via: ${c.vehicle}`);
    if (c.deadlinePhrase || c.due) out.push(`    termijn: ${c.deadlinePhrase ?? '-'} → ${c.due ?? 'geen datum'}`);
    if (c.recurring) out.push('    terugkerend');
  }
  for (const d of a.deadlineChanges) {
    out.push('');
    out.push(`  [uitstel] «${d.quote.replace(/\s+/g, ' ').trim()}»${d.newDue ? ` → ${d.newDue}` : ''}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function runJsonl(): Promise<void> {
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
      const received = typeof rec.received === 'string' && DATE.test(rec.received) ? rec.received : undefined;
      const a = analyseDocument(rec.text, { received });
      process.stdout.write(`${JSON.stringify({ id, commitments: a.commitments.map(toRecord) })}\n`);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ id: id ?? `line ${lineNo}`, error: (e as Error).message })}\n`);
    }
  }
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract [file]')
    .description('print the commitments of one document (no database)')
    .option('--received <date>', 'date the answer was received, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .option('--jsonl', 'read JSON lines {id,text,received} on stdin')
    .action(async (file: string | undefined, opts: { received?: string; json?: boolean; jsonl?: boolean }) => {
      // a closed pipe (`| head`) is a normal way to stop reading
      process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
      if (opts.jsonl) return runJsonl();
      if (!file) fail('give a FILE, or --jsonl to read JSON lines on stdin');
      if (opts.received !== undefined && !DATE.test(opts.received)) fail(`--received must be YYYY-MM-DD, got "${opts.received}"`);
      const text = readDocument(file);
      const a = analyseDocument(text, { received: opts.received });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...a, commitments: a.commitments.map((c) => ({ ...c, fingerprint: fingerprintOf(c) })) }, null, 2)}\n`);
      } else printHuman(file, a);
    });
}
