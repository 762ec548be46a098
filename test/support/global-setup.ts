import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedPostgresError, startTemporaryPostgres } from '../../src/database/embedded-postgres';

export const TEMPLATE_DATABASE = `toezegd_template_${process.pid}`;

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set, else an embedded server in a
 * temporary folder. Migrations run once into a template database; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const server = await startTemporaryPostgres().catch(oneLine);
    (globalThis as { __TOEZEGD_PG__?: unknown }).__TOEZEGD_PG__ = server;
    adminUrl = server.url;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  const dataSource = await new DataSource(dataSourceOptions(templateUrl)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.TOEZEGD_TEST_ADMIN_URL = adminUrl;
  process.env.TOEZEGD_TEST_TEMPLATE = TEMPLATE_DATABASE;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A database that cannot start is one line (cause and fix), not a stack trace. */
function oneLine(error: unknown): never {
  if (!(error instanceof EmbeddedPostgresError)) throw error;
  process.stderr.write(`\ntoezegd tests: ${error.message}\n`);
  process.exit(1);
}
