import 'reflect-metadata';
import { Command } from 'commander';
import { registerExtractCommand } from './cli/extract.command';

const program = new Command('toezegd')
  .description('Track the commitments Dutch ministers make to the Tweede Kamer')
  .showHelpAfterError();

registerExtractCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`toezegd: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
