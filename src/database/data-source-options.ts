import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Built: dist/src/database/ → dist/migrations/*.js. In tests (run from the sources): migrations/*.ts.
const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', 'migrations', __filename.endsWith('.ts') ? '*.ts' : '*.js');

/** `poolMax`: connections in the pool (DB_POOL_MAX for the app); `entities` come from the composition root (src/entities.ts). */
export function dataSourceOptions(url: string, { poolMax = 10, ...extra }: Partial<DataSourceOptions> & { poolMax?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolMax, application_name: 'toezegd' },
    ...extra,
  } as DataSourceOptions;
}
