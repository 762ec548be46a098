import { Command } from 'commander';
import { TK_CATEGORIES, TkCategory } from '../sources/tk/tk-mapping';
import { SyncProgress, SyncSummary, TkSyncService } from '../sources/tk/tk-sync.service';
import { CliInputError, failCli, withAppContext } from './app-context';

/** Exit code after Ctrl-C: the work done so far is saved, the next run resumes. */
const EXIT_INTERRUPTED = 130;

interface SyncCliOptions {
  category?: string;
  sinceSkiptoken?: string;
  limit?: string;
}

export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description('import new answers, letters, postponements and the commitment register from the Tweede Kamer SyncFeed')
    .option('--category <name>', `only this feed category (${TK_CATEGORIES.join(', ')})`)
    .option('--since-skiptoken <n>', 'start at this skiptoken instead of the saved cursor (needs --category)')
    .option('--limit <n>', 'at most this many feed entries per category')
    .action(async (options: SyncCliOptions) => {
      try {
        const parsed = parseOptions(options);
        const controller = new AbortController();
        let interrupts = 0;
        const onSigint = () => {
          interrupts++;
          if (interrupts > 1) process.exit(EXIT_INTERRUPTED);
          process.stderr.write('\ninterrupted: finishing the current transaction (Ctrl-C again to quit at once)\n');
          controller.abort(new Error('interrupted'));
        };
        process.on('SIGINT', onSigint);
        process.on('SIGTERM', onSigint);
        const progress = progressPrinter();
        const summary = await withAppContext((app) =>
          app.get(TkSyncService).run({ ...parsed, signal: controller.signal, onProgress: progress }),
        );
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
        progress.done();
        process.stdout.write(`${JSON.stringify(summary)}\n`);
        for (const problem of summary.problems) process.stderr.write(`  ${problem}\n`);
        const fromOb =
          summary.obTexts + summary.obFallbacks > 0
            ? `, ${summary.obTexts} answer(s) from officielebekendmakingen (${summary.obFallbacks} fell back to the TK file)`
            : '';
        process.stderr.write(
          `${summary.interrupted ? 'interrupted' : 'done'}: ${summary.entries} feed entries, ${summary.documentsStored} document(s) stored ` +
            `(${summary.downloaded} downloaded${fromOb}, ${summary.documentsDeleted} withdrawn), ${summary.commitmentsCreated} new commitment(s) ` +
            `extracted, ${summary.registerCreated} new register commitment(s), ${skippedTotal(summary)} entr(y/ies) skipped (see the summary), ` +
            `${summary.errors} error(s)\n`,
        );
        if (summary.interrupted) {
          process.stderr.write('progress is saved; run `toezegd sync` again to resume\n');
          process.exit(EXIT_INTERRUPTED);
        }
      } catch (error) {
        failCli(error);
      }
    });
}

function skippedTotal(summary: SyncSummary): number {
  return Object.values(summary.skipped).reduce((sum, n) => sum + (n ?? 0), 0);
}

function parseOptions(options: SyncCliOptions): { categories?: TkCategory[]; sinceSkiptoken?: string; limit?: number } {
  let categories: TkCategory[] | undefined;
  if (options.category !== undefined) {
    const match = TK_CATEGORIES.find((c) => c.toLowerCase() === options.category?.toLowerCase());
    if (!match) throw new CliInputError(`--category must be one of ${TK_CATEGORIES.join(', ')}, got "${options.category}"`);
    categories = [match];
  }
  if (options.sinceSkiptoken !== undefined) {
    if (!/^\d+$/.test(options.sinceSkiptoken)) throw new CliInputError(`--since-skiptoken must be a number, got "${options.sinceSkiptoken}"`);
    if (!categories) throw new CliInputError('--since-skiptoken needs --category: skiptokens differ per category');
  }
  let limit: number | undefined;
  if (options.limit !== undefined) {
    if (!/^\d+$/.test(options.limit) || Number(options.limit) < 1) throw new CliInputError(`--limit must be a positive number, got "${options.limit}"`);
    limit = Number(options.limit);
  }
  return { categories, sinceSkiptoken: options.sinceSkiptoken, limit };
}

/** One status line on stderr: redrawn in place on a terminal, at most every few seconds otherwise. */
function progressPrinter(): ((p: Readonly<SyncProgress>) => void) & { done(): void } {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let drawn = false;
  const line = (p: Readonly<SyncProgress>) =>
    `${p.category ?? '-'}: ${p.entries} entries · ${p.documentsSeen} documents seen · ${p.downloaded} downloaded · ` +
    `${p.commitmentsFound} commitments found · ${p.registerCreated} register · ${p.errors} errors`;
  const print = Object.assign(
    (p: Readonly<SyncProgress>) => {
      const now = Date.now();
      if (now - last < (tty ? 100 : 2000)) return;
      last = now;
      process.stderr.write(tty ? `\r\x1b[2K${line(p)}` : `${line(p)}\n`);
      drawn = true;
    },
    {
      done: () => {
        if (tty && drawn) process.stderr.write('\n');
      },
    },
  );
  return print;
}
