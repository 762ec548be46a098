import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { resolveDatabase } from './database/database-url';
import { Env, validateEnv } from './config/env';
import { createLogger } from './logging';

export async function serve(env: Env = readEnvOrExit()): Promise<void> {
  const logger = createLogger(env.LOG_FORMAT);
  const database = await resolveDatabase(env, (line) => logger.log(line, 'Database'));
  const app = configureApp(await NestFactory.create(AppModule.forRoot({ DATABASE_URL: database.url }), { logger }));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`, 'Main');
    await app.close().catch((error: unknown) => logger.error(String(error)));
    await database.stop().catch((error: unknown) => logger.error(String(error)));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen(env.PORT, env.HOST);
  logger.log(`toezegd listening on http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT} (API docs at /api/docs)`, 'Main');
}

export function readEnvOrExit(): Env {
  try {
    return validateEnv(process.env);
  } catch (error) {
    process.stderr.write(`toezegd: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

if (require.main === module) {
  serve().catch((error: unknown) => {
    process.stderr.write(`toezegd: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
