import { Command } from 'commander';
import { DocumentImportService } from '../importing/document-import.service';
import { readDocumentFile } from '../documents/document-file';
import { CliInputError, failCli, withAppContext } from './app-context';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('store answer files (text, HTML, PDF or DOCX) and the commitments found in them')
    .argument('<paths...>', 'files to import')
    .action(async (paths: string[]) => {
      try {
        // Read every file first: a bad file stops the run before anything is stored.
        const files: { file: string; text: string }[] = [];
        for (const file of paths) files.push({ file, ...(await readDocumentFile(file)) });
        const totals = await withAppContext(async (app) => {
          const importer = app.get(DocumentImportService);
          const resumed = await importer.resumeAfterImport();
          if (resumed > 0) process.stderr.write(`linked ${resumed} document(s) an interrupted run had stored but not linked\n`);
          let documents = 0;
          let commitments = 0;
          for (const [index, { file, text }] of files.entries()) {
            const result = await importer.importText(text, { source: 'file' }, 'import');
            const label = result.document.number ?? result.document.title ?? result.document.id;
            const state = result.created ? 'new' : 'unchanged';
            process.stderr.write(`[${index + 1}/${files.length}] ${file}: ${label} (${state}), ${result.commitmentsFound} commitment(s), ${result.commitmentsCreated} new\n`);
            process.stdout.write(`${JSON.stringify({ file, documentId: result.document.id, created: result.created, commitmentsFound: result.commitmentsFound, commitmentsCreated: result.commitmentsCreated })}\n`);
            documents += result.created ? 1 : 0;
            commitments += result.commitmentsCreated;
          }
          return { documents, commitments };
        });
        process.stderr.write(`imported ${totals.documents} new document(s), ${totals.commitments} new commitment(s)\n`);
      } catch (error) {
        failCli(error instanceof Error && error.name === 'DomainError' ? new CliInputError(error.message) : error);
      }
    });
}
