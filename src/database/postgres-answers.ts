import { Client } from 'pg';

/** Whether a PostgreSQL server answers `SELECT 1` at `url` within about 2 s (a new connection, outside any pool). */
export async function postgresAnswers(url: string, applicationName = 'toezegd'): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 2000, application_name: applicationName });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
