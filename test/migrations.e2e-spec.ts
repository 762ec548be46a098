import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { sendQueriesOneAtATime } from './support/serial-queries';
import { createTestDatabase } from './support/test-database';

/** The migrations in migrations/ produce exactly the schema the entities describe (no drift). */
describe('migrations', () => {
  it('should leave nothing for TypeORM to change after they ran', async () => {
    const database = await createTestDatabase();
    const dataSource = await new DataSource(dataSourceOptions(database.url, { entities: ENTITIES })).initialize();
    try {
      expect(dataSource.migrations.length).toBeGreaterThanOrEqual(2);
      expect(await dataSource.showMigrations()).toBe(false);
      sendQueriesOneAtATime(dataSource);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
