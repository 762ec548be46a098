import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Built: dist/src/database/ → dist/migrations/*.js. In tests (run from the sources): migrations/*.ts.
const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', 'migrations', __filename.endsWith('.ts') ? '*.ts' : '*.js');

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 10, application_name: 'toezegd' },
    ...extra,
  } as DataSourceOptions;
}
