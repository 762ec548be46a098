// npm run bench:sync — a full TK sync from an empty database against a local replay of
// ≥ 20,000 feed entities and ≥ 2,000 small PDF answers. Reports entities/s, documents/s and
// the process's RSS as the feed grows (sampled every 50 ms), and apart the time of the after-import
// steps (fulfilment linking) with the 1-minute load average before and after. BENCH_DATABASE_URL: a
// server to create the scratch database on (default: the local PostgreSQL); PDF_WORKERS passes through.
import 'reflect-metadata';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AppModule } from '../../src/app.module';
import { pdfOf } from '../../test/support/pdf-of';
import { DocumentImportService } from '../../src/importing/document-import.service';
import { TkSyncService } from '../../src/sources/tk/tk-sync.service';
import { documentId, documentNumber, FeedSizes, feedPage, hasFile, isLetter } from './feed-generator';

// BENCH_SCALE=0.1 for a quick look; the reported figures use 1.
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SIZES: FeedSizes = {
  Zaak: 4000 * SCALE, ZaakActor: 6000 * SCALE, DocumentActor: 2000 * SCALE, Document: 6000 * SCALE, Toezegging: 2000 * SCALE,
};

function answerLines(n: number): string[] {
  return [
    `Vragen van het lid Jansen aan de Minister van Financiën over onderwerp ${n} (ingezonden 20 maart 2024).`,
    'Antwoord van Minister Heinen (Financiën) (ontvangen 10 april 2024).',
    'Vraag 1',
    `Bent u bereid de Kamer te informeren over onderwerp ${n}?`,
    'Antwoord 1',
    `Ik zal uw Kamer voor de zomer informeren over de voortgang van onderwerp ${n}.`,
    'Vraag 2',
    'Wanneer verschijnt de evaluatie?',
    'Antwoord 2',
    'De evaluatie stuur ik uw Kamer uiterlijk in het najaar van 2024 toe.',
  ];
}

/** A letter keeping the first promise of answer `answer`: it cites the answer's number and repeats its topic. */
function letterLines(answer: number): string[] {
  return [
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    'Datum 20 juni 2024',
    `Betreft Voortgang onderwerp ${answer}`,
    `In de beantwoording van de vragen van het lid Jansen (${documentNumber(answer)}) heb ik toegezegd uw Kamer voor de zomer`,
    `te informeren over de voortgang van onderwerp ${answer}. Met deze brief kom ik die toezegging na.`,
    `De werkzaamheden voor onderwerp ${answer} liggen op schema; de uitvoeringstoets is afgerond en de`,
    'betrokken partijen zijn geconsulteerd. Een volgende stap volgt na de zomer.',
    'De Minister van Financiën,',
    'E. Heinen',
  ];
}

async function main(): Promise<void> {
  const withFile = Array.from({ length: SIZES.Document }, (_, i) => i).filter(hasFile);
  process.stderr.write(`generating ${withFile.length} PDFs (answers and letters)…\n`);
  const pdfs = new Map<string, Buffer>();
  for (const i of withFile) pdfs.set(documentId(i), await pdfOf(isLetter(i) ? letterLines(i - 2) : answerLines(i)));

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    if (url.pathname.endsWith('/Feed')) {
      const category = url.searchParams.get('category') as keyof FeedSizes;
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(feedPage(category, SIZES[category] ?? 0, url.searchParams.get('skiptoken')));
      return;
    }
    const pdf = pdfs.get(url.pathname.split('/').pop() ?? '');
    if (pdf) res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/SyncFeed/2.0`;

  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `toezegd_bench_sync_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      DATABASE_URL: url.toString(),
      SCHEDULER_ENABLED: 'false',
      TK_SYNCFEED_URL: feedUrl,
      TK_REQUESTS_PER_SECOND: '0',
      TK_DOWNLOAD_CONCURRENCY: '8',
      ...(process.env.PDF_WORKERS ? { PDF_WORKERS: process.env.PDF_WORKERS } : {}),
    }),
    { logger: ['error'] },
  );
  try {
    const total = Object.values(SIZES).reduce((a, b) => a + b, 0);
    // The after-import steps (fulfilment linking) run between chunks: timed apart so their share shows.
    const importer = app.get(DocumentImportService);
    const afterCommit = importer.afterCommit.bind(importer);
    let afterImportMs = 0;
    importer.afterCommit = async (...args) => {
      const t = performance.now();
      try {
        return await afterCommit(...args);
      } finally {
        afterImportMs += performance.now() - t;
      }
    };
    const loadBefore = loadavg()[0];
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const rssAt: string[] = [];
    let nextMark = total / 4;
    // A category's time runs from the previous category's last progress report to its own last one.
    const phases: Record<string, number> = {};
    let phaseStart = performance.now();
    let lastReport = phaseStart;
    let phase: string | null = null;
    const started = performance.now();
    const summary = await app.get(TkSyncService).run({
      onProgress: (p) => {
        const now = performance.now();
        if (p.category !== phase) {
          if (phase) phases[phase] = lastReport - phaseStart;
          phase = p.category;
          phaseStart = lastReport;
        }
        lastReport = now;
        while (p.entries >= nextMark && nextMark <= total) {
          rssAt.push(`${Math.round((nextMark / total) * 100)}%: ${mb(process.memoryUsage().rss)}`);
          nextMark += total / 4;
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (phase) phases[phase] = lastReport - phaseStart;
    clearInterval(sampler);
    const docSeconds = (phases.Document ?? 0) / 1000;
    const linking = new Client({ connectionString: url.toString() });
    await linking.connect();
    const candidates = Object.fromEntries(
      (await linking.query(`SELECT status, count(*)::int AS n FROM fulfilment_candidate GROUP BY status`)).rows.map((r: { status: string; n: number }) => [r.status, r.n]),
    );
    await linking.end();
    const afterImportSeconds = afterImportMs / 1000;
    const report = {
      entities: summary.entries,
      pdfResources: summary.downloaded,
      documentsStored: summary.documentsStored,
      commitmentsExtracted: summary.commitmentsCreated,
      registerCommitments: summary.registerCreated,
      fulfilmentCandidates: candidates,
      errors: summary.errors,
      seconds: round(seconds),
      entitiesPerSecond: Math.round(summary.entries / seconds),
      documentsPerSecond: Math.round(summary.documentsStored / docSeconds),
      pdfDocumentsPerSecond: Math.round(summary.downloaded / docSeconds),
      documentPhaseSeconds: round(docSeconds),
      afterImportSeconds: round(afterImportSeconds),
      documentsPerSecondWithoutAfterImport: Math.round(summary.documentsStored / (docSeconds - afterImportSeconds)),
      loadAverage1m: { before: round(loadBefore), after: round(loadavg()[0]) },
      peakRssMb: mb(peak),
      rssAsFeedGrows: rssAt,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await app.close();
    server.close();
    // BENCH_KEEP_DB=1 keeps the filled database for a look at query plans.
    if (process.env.BENCH_KEEP_DB === '1') process.stderr.write(`kept database ${name}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const round = (n: number) => Math.round(n * 10) / 10;

main().catch((error: unknown) => {
  process.stderr.write(`bench:sync failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
