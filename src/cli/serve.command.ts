import { Command } from 'commander';
import { serve } from '../main';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the web service and the scheduler (same as npm start)')
    .action(async () => {
      await serve();
    });
}
