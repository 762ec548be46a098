import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { resolveDatabase } from './database/database-url';
import { watchEmbeddedDatabase } from './database/embedded-watchdog';
import { Env, validateEnv } from './config/env';
import { createLogger, installRequestLogging } from './logging';

/** Checks of the embedded database: every 5 s; gone after 3 failures in a row (about 15 s). */
const EMBEDDED_WATCH = { intervalMs: 5000, failuresBeforeGone: 3 };
/** Exit code when the embedded database died (EX_UNAVAILABLE). */
const EXIT_DATABASE_GONE = 69;

export async function serve(env: Env = readEnvOrExit()): Promise<void> {
  const logger = createLogger(env.LOG_FORMAT);
  const database = await resolveDatabase(env, (line) => logger.log(line, 'Database'));
  const app = configureApp(await NestFactory.create(AppModule.forRoot({ DATABASE_URL: database.url }), { logger }));
  installRequestLogging(app, env.LOG_FORMAT);
  let stopping = false;
  const watchdog = database.embedded ? watchEmbeddedDatabase(database.url, { ...EMBEDDED_WATCH, onGone: (failures) => exitForSupervisor(failures) }) : null;
  const exitForSupervisor = (failures: number) => {
    if (stopping) return;
    stopping = true;
    logger.error(`the embedded PostgreSQL stopped answering (${failures} checks in a row): exiting so a supervisor restarts toezegd and its database`, 'Main');
    // The database is gone: closing may hang on it, so exit after a short grace period regardless.
    setTimeout(() => process.exit(EXIT_DATABASE_GONE), 3000).unref();
    void app.close().catch(() => undefined).finally(() => process.exit(EXIT_DATABASE_GONE));
  };
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    watchdog?.stop();
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
