import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TOEZEGD_TEST_ADMIN_URL;
  const template = process.env.TOEZEGD_TEST_TEMPLATE;
  const embedded = (globalThis as { __TOEZEGD_PG__?: { stop(): Promise<void> } }).__TOEZEGD_PG__;
  if (adminUrl && template && !embedded) {
    // A shared server (TEST_DATABASE_URL): leave it as we found it.
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const rows = (await admin.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [template, `${template}_%`])).rows as { datname: string }[];
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  }
  if (embedded) {
    await embedded.stop();
  }
}
