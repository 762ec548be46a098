import { Command } from 'commander';
import { ReanalysisService } from '../importing/reanalysis.service';
import { failCli, withAppContext } from './app-context';

export function registerReanalyseCommand(program: Command): void {
  program
    .command('reanalyse')
    .description(
      'recompute the confidence and same-document restatements of stored extracted commitments from their documents and publish by EXTRACTION_REVIEW_BELOW and EXTRACTION_REVIEW_ACTIONS_BELOW ' +
        '(editor decisions, subscribed and kept commitments are left as they are); a JSON summary on stdout',
    )
    .action(async () => {
      try {
        const summary = await withAppContext((app) =>
          app.get(ReanalysisService).run((done, total) => process.stderr.write(`reanalysed ${done}/${total} document(s)\n`)),
        );
        process.stdout.write(`${JSON.stringify(summary)}\n`);
        process.stderr.write(
          `${summary.documents} document(s), ${summary.commitments} commitment(s): ${summary.toCandidate} to review, ${summary.toOpen} published, ` +
            `${summary.keptPublished} kept published (subscribed or kept), ${summary.alsoStated} with restatements stored anew, ` +
            `${summary.notFound} no longer found (${summary.nowRestatements} of them now read as restatements), ${summary.failed.length} failed\n`,
        );
        for (const failure of summary.failed) process.stderr.write(`failed: document ${failure.documentId}: ${failure.reason}\n`);
      } catch (error) {
        failCli(error);
      }
    });
}
