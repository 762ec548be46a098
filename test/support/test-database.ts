import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A fresh, migrated database for one test file, cloned from the template made in global setup. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TOEZEGD_TEST_ADMIN_URL;
  const template = process.env.TOEZEGD_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('the jest global setup did not run');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
