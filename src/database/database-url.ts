import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import type { Env } from '../config/env';
import { postgresAnswers } from './postgres-answers';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set. Otherwise the embedded PostgreSQL under DATA_DIR/postgres: reused when
 * another toezegd process (the server) already runs it, started otherwise. Never in production.
 */
export async function resolveDatabase(env: Env, log: (line: string) => void): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  if (env.NODE_ENV === 'production') {
    // The production image leaves the embedded binaries out; a silent throw-away database is worse.
    throw new Error('DATABASE_URL is not set: in production toezegd needs a PostgreSQL server of its own (the embedded one is for development); set DATABASE_URL');
  }
  const dataDir = path.resolve(env.DATA_DIR, 'postgres');
  const urlFile = path.resolve(env.DATA_DIR, 'postgres.url');
  const running = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;
  if (running && (await postgresAnswers(running))) return { url: running, embedded: true, stop: async () => {} };
  log(`starting embedded PostgreSQL in ${dataDir}`);
  const server = await startEmbeddedPostgres(dataDir);
  writeFileSync(urlFile, server.url);
  return {
    url: server.url,
    embedded: true,
    stop: async () => {
      rmSync(urlFile, { force: true });
      await server.stop();
    },
  };
}
