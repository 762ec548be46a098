import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { LOCKS, withAdvisoryLockWait } from './advisory-lock';
import { dataSourceOptions } from './data-source-options';
import { DatabaseWrites } from './database-writes';
import { TableStatistics } from './table-statistics';

/**
 * Connects to DATABASE_URL and runs pending migrations, one instance at a time. The entities are
 * registered by the composition root (src/entities.ts), so this module imports no domain module.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: NonNullable<DataSourceOptions['entities']>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ENV],
          useFactory: (env: Env) => {
            if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set and no embedded PostgreSQL was started');
            return dataSourceOptions(env.DATABASE_URL, { poolMax: env.DB_POOL_MAX, entities });
          },
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            const ran = await withAdvisoryLockWait(dataSource, LOCKS.migrations, () => dataSource.runMigrations({ transaction: 'each' }));
            if (ran.length > 0) new Logger('Database').log(`ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
            return dataSource;
          },
        }),
      ],
      providers: [DatabaseWrites, TableStatistics],
      exports: [DatabaseWrites, TableStatistics],
    };
  }
}
