import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { overdueSql } from '../commitments/domain/lateness';
import { publishedSql } from '../commitments/domain/visibility';
import type { LineageRow } from './ministry-board';
import type { MinistryScore, StatusCounts } from './web-queries.repository';
import { DUTCH_TIME_ZONE } from '../common/time-zone';

export interface RestatementRow {
  id: string;
  quote: string;
  ownerRole: string | null;
  status: string;
  documentId: string | null;
  documentTitle: string | null;
  documentNumber: string | null;
  documentDate: string | null;
}

export interface DocumentTitleRow {
  id: string;
  number: string | null;
  title: string | null;
  date: string | null;
}

const VISIBLE = '(d.id IS NULL OR d.deleted = false)';
const KEPT = "c.status IN ('fulfilled', 'partially_fulfilled')";
// The letter's date when known, else the Dutch day the fulfilment was recorded.
const KEPT_DAY = `coalesce(c.kept_on, (c.fulfilled_at AT TIME ZONE '${DUTCH_TIME_ZONE}')::date)`;
// A restatement of an open promise is the same promise: scoreboards count the original only.
const COUNTED = 'c.repeats_commitment_id IS NULL';
const LINEAGE_LIMIT = 20_000;
// A deadline the minister named (not the default term, not a recurring period): the only lateness scoreboards count.
const PROMISED = "(c.due_source <> 'default' AND NOT c.recurring)";

/**
 * Read-only queries for what automatic linking added to the pages: scoreboards without restated
 * promises, a ministry with its predecessors, restatements and the documents that moved a deadline.
 */
@Injectable()
export class LinkingQueriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countedTotals(today: string): Promise<StatusCounts> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE c.status = 'open')::int AS open,
              count(*) FILTER (WHERE ${overdueSql('c', '$1')})::int AS overdue,
              count(*) FILTER (WHERE ${overdueSql('c', '$1', 'default')})::int AS "pastDefaultTerm",
              count(*) FILTER (WHERE c.status = 'open' AND c.recurring AND c.effective_due < $1)::int AS "pastPeriod",
              count(*) FILTER (WHERE ${KEPT})::int AS fulfilled,
              count(*) FILTER (WHERE c.status = 'candidate')::int AS candidates
         FROM commitment c LEFT JOIN document d ON d.id = c.document_id
        WHERE ${VISIBLE} AND ${COUNTED}`,
      [today],
    )) as StatusCounts[];
    return row;
  }

  /**
   * Per ministry as recorded on the promise, restatements left out. Lateness (overdue, kept late, the
   * median delay) counts promised dates only: a default term is no broken promise.
   */
  async countedScores(today: string): Promise<MinistryScore[]> {
    const rows = (await this.dataSource.query(
      `WITH scored AS (
         SELECT c.ministry, c.status, c.effective_due, ${overdueSql('c', '$1')} AS overdue, ${overdueSql('c', '$1', 'default')} AS past_default,
                CASE WHEN ${PROMISED} AND c.status = 'open' AND c.effective_due < $1 THEN $1::date - c.effective_due
                     WHEN ${PROMISED} AND ${KEPT} AND c.effective_due IS NOT NULL AND ${KEPT_DAY} > c.effective_due THEN ${KEPT_DAY} - c.effective_due
                END AS days_late
           FROM commitment c LEFT JOIN document d ON d.id = c.document_id
          WHERE ${VISIBLE} AND ${COUNTED} AND c.ministry IS NOT NULL AND ${publishedSql('c')})
       SELECT ministry,
              count(*) FILTER (WHERE status = 'open')::int AS open,
              count(*) FILTER (WHERE overdue)::int AS overdue,
              count(*) FILTER (WHERE past_default)::int AS "pastDefaultTerm",
              count(*) FILTER (WHERE status IN ('fulfilled', 'partially_fulfilled'))::int AS fulfilled,
              count(*) FILTER (WHERE status IN ('fulfilled', 'partially_fulfilled') AND days_late IS NULL)::int AS "keptOnTime",
              count(*) FILTER (WHERE status IN ('fulfilled', 'partially_fulfilled') AND days_late IS NOT NULL)::int AS "keptLate",
              count(*) FILTER (WHERE status = 'lapsed')::int AS lapsed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days_late) AS "medianDaysLate"
         FROM scored GROUP BY ministry ORDER BY overdue DESC, ministry`,
      [today],
    )) as MinistryScore[];
    return rows.map((r) => ({ ...r, medianDaysLate: r.medianDaysLate === null ? null : Math.round(Number(r.medianDaysLate)) }));
  }

  /** The public promises recorded under any of these ministry names (lower-cased keys), for the ministry page. */
  lineage(ministryKeys: string[]): Promise<LineageRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.quote, c.vehicle, c.owner_role AS "ownerRole", c.owner_name AS "ownerName", c.ministry, c.status,
              c.deadline_phrase AS "deadlinePhrase", to_char(c.effective_due, 'YYYY-MM-DD') AS "effectiveDue",
              c.due_source AS "dueSource", c.recurring, to_char(${KEPT_DAY}, 'YYYY-MM-DD') AS "keptDay", c.fulfilled_at AS "fulfilledAt", c.fulfilling_letter AS "fulfillingLetter",
              to_char(d.date, 'YYYY-MM-DD') AS "documentDate", c.repeats_commitment_id AS "repeatsCommitmentId"
         FROM commitment c LEFT JOIN document d ON d.id = c.document_id
        WHERE ${VISIBLE} AND lower(c.ministry) = ANY($1::text[]) AND ${publishedSql('c')}
        ORDER BY c.effective_due ASC NULLS LAST, c.id
        LIMIT ${LINEAGE_LIMIT}`,
      [ministryKeys],
    ) as Promise<LineageRow[]>;
  }

  /** Later promises that restate this one. */
  restatementsOf(commitmentId: string): Promise<RestatementRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.quote, c.owner_role AS "ownerRole", c.status, d.id AS "documentId", d.title AS "documentTitle",
              d.number AS "documentNumber", to_char(d.date, 'YYYY-MM-DD') AS "documentDate"
         FROM commitment c LEFT JOIN document d ON d.id = c.document_id
        WHERE c.repeats_commitment_id = $1 AND ${VISIBLE} AND ${publishedSql('c')}
        ORDER BY d.date ASC NULLS LAST, c.id LIMIT 50`,
      [commitmentId],
    ) as Promise<RestatementRow[]>;
  }

  /** Title, number and date of documents named in a history (e.g. the letter that moved a deadline). */
  async documentTitles(ids: string[]): Promise<Map<string, DocumentTitleRow>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT d.id, d.number, d.title, to_char(d.date, 'YYYY-MM-DD') AS date FROM document d WHERE d.id = ANY($1::uuid[]) AND NOT d.deleted`,
      [ids],
    )) as DocumentTitleRow[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  async suggestionCount(): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM fulfilment_candidate WHERE status = 'suggested'`)) as { n: number }[];
    return row.n;
  }
}
