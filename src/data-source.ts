// Entry point for the TypeORM CLI (migration:generate, migration:run). Needs DATABASE_URL.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set for the TypeORM CLI');

export default new DataSource(dataSourceOptions(url, { entities: ENTITIES }));
