import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DomainError } from '../common/domain-error';
import { resolveDatabase } from '../database/database-url';
import { validateEnv } from '../config/env';
import { createLogger } from '../logging';
import { CliModule } from './cli.module';

/** Exit code for input the user got wrong (bad file, bad argument). */
export const EXIT_BAD_INPUT = 2;

export class CliInputError extends Error {}

/** Runs `work` with the application's services (no HTTP, no scheduler) and shuts everything down after. */
export async function withAppContext<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const env = validateEnv(process.env);
  const logger = createLogger(env.LOG_FORMAT, !process.env.TOEZEGD_VERBOSE);
  const database = await resolveDatabase(env, (line) => process.stderr.write(`${line}\n`));
  try {
    const app = await NestFactory.createApplicationContext(
      CliModule.forRoot({ DATABASE_URL: database.url, SCHEDULER_ENABLED: 'false' }),
      { logger },
    );
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

/** One line on stderr; exit 2 for bad input, 1 for anything else. */
export function failCli(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`toezegd: ${message.split('\n')[0]}\n`);
  const badInput = error instanceof CliInputError || (error instanceof DomainError && error.code !== 'conflict');
  process.exit(badInput ? EXIT_BAD_INPUT : 1);
}
