import 'reflect-metadata';
import { Command } from 'commander';
import { registerExtractCommand } from './cli/extract.command';
import { registerImportCommand } from './cli/import.command';
import { registerReanalyseCommand } from './cli/reanalyse.command';
import { registerRemindCommand } from './cli/remind.command';
import { registerServeCommand } from './cli/serve.command';
import { registerSyncCommand } from './cli/sync.command';

const program = new Command('toezegd')
  .description('Track the commitments Dutch ministers make to the Tweede Kamer')
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

registerExtractCommand(program);
registerImportCommand(program);
registerReanalyseCommand(program);
registerRemindCommand(program);
registerServeCommand(program);
registerSyncCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`toezegd: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
