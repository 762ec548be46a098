import { DataSource, QueryRunner } from 'typeorm';

/**
 * Makes every query runner of `dataSource` send one query at a time. TypeORM 1.1.1 reads table
 * metadata (the schema builder's column types) with Promise.all over a single connection, which pg
 * queues and warns about ("client.query() when the client is already executing a query"), and
 * which pg 9 refuses (typeorm#12055, only partly fixed upstream).
 */
export function sendQueriesOneAtATime(dataSource: DataSource): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = create(...args);
    const query = runner.query.bind(runner) as (...queryArgs: unknown[]) => Promise<unknown>;
    let previous: Promise<unknown> = Promise.resolve();
    runner.query = ((...queryArgs: unknown[]) => {
      const next = previous.then(() => query(...queryArgs));
      previous = next.catch(() => undefined);
      return next;
    }) as QueryRunner['query'];
    return runner;
  };
}
