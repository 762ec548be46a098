import { Command } from 'commander';

// Placeholder until the extractor lands (issue 3).
export function registerExtractCommand(program: Command): void {
  program
    .command('extract [file]')
    .description('print the commitments of one document (no database)')
    .option('--received <date>', 'date the answer was received, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .option('--jsonl', 'read JSON lines {id,text,received} on stdin')
    .action(() => {
      throw new Error('extract is not implemented yet');
    });
}
