import { validateEnv } from '../config/env';
import { resolveDatabase } from './database-url';

describe('resolveDatabase', () => {
  it('refuses the embedded database in production: DATABASE_URL must be set', async () => {
    const env = validateEnv({ NODE_ENV: 'production', DATA_DIR: '/nonexistent/toezegd' });
    await expect(resolveDatabase(env, () => undefined)).rejects.toThrow(/^DATABASE_URL is not set: in production .*; set DATABASE_URL$/);
  });

  it('uses DATABASE_URL as it is, in production too', async () => {
    const env = validateEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db.example:5432/toezegd' });
    await expect(resolveDatabase(env, () => undefined)).resolves.toMatchObject({ url: 'postgres://u@db.example:5432/toezegd', embedded: false });
  });
});
