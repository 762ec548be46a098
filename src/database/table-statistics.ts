import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A table is analysed again once this share of its rows (plus MIN_CHANGED_ROWS) changed since its last analysis. */
const CHANGED_SHARE = 0.2;
const MIN_CHANGED_ROWS = 1000;

/**
 * Planner statistics kept current during large imports. A sync from an empty database can insert
 * tens of thousands of rows before autovacuum (if it runs at all) looks at them; until then the
 * planner guesses row counts, and the fulfilment linker, which refreshes them per batch, cannot
 * tell common words from rare ones.
 */
@Injectable()
export class TableStatistics {
  private readonly logger = new Logger(TableStatistics.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** ANALYZEs those of `tables` that changed enough; returns their names. Never fails: statistics only make things faster. */
  async refreshChanged(tables: string[]): Promise<string[]> {
    try {
      return await this.analyseChanged(tables);
    } catch (error) {
      this.logger.warn(`table statistics not refreshed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  private async analyseChanged(tables: string[]): Promise<string[]> {
    const changed = ((await this.dataSource.query(
      `SELECT relname AS name FROM pg_stat_user_tables
       WHERE schemaname = current_schema() AND relname = ANY($1::text[]) AND n_mod_since_analyze > $2::int + $3::float8 * n_live_tup`,
      [tables, MIN_CHANGED_ROWS, CHANGED_SHARE],
    )) as { name: string }[]).map((row) => row.name);
    for (const table of changed) {
      const started = performance.now();
      await this.dataSource.query(`ANALYZE ${this.dataSource.driver.escape(table)}`);
      this.logger.debug(`analysed ${table} in ${Math.round(performance.now() - started)} ms`);
    }
    return changed;
  }
}
