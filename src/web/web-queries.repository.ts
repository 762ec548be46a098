import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity';
import { DOCUMENT_SUMMARY_COLUMNS } from '../commitments/commitments.repository';
import { Document } from '../documents/document.entity';
import { overdueSql } from '../commitments/domain/lateness';
import { publishedSql } from '../commitments/domain/visibility';

export interface StatusCounts {
  open: number;
  /** Past a promised date. */
  overdue: number;
  /** Past the default term (no date was named): counted apart from overdue. */
  pastDefaultTerm: number;
  /** Recurring promises past this period's date: counted apart from overdue. */
  pastPeriod: number;
  fulfilled: number;
  candidates: number;
}

export interface MinistryScore {
  ministry: string;
  open: number;
  /** Past a promised date (what the scoreboards rank by). */
  overdue: number;
  /** Past the default term: no date was named. Not counted as overdue. */
  pastDefaultTerm: number;
  fulfilled: number;
  keptOnTime: number;
  keptLate: number;
  lapsed: number;
  medianDaysLate: number | null;
}

export interface OverdueRow {
  id: string;
  quote: string;
  ownerRole: string | null;
  ownerName: string | null;
  ministry: string | null;
  vehicle: string | null;
  effectiveDue: string;
  daysLate: number;
}

export interface FulfilledRow {
  id: string;
  quote: string;
  ownerRole: string | null;
  ministry: string | null;
  fulfillingLetter: string | null;
  fulfilledAt: Date;
  keptOn: string | null;
  status: string;
}

export interface RelatedDocument {
  id: string;
  kind: Document['kind'];
  number: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

// Not on a deleted document: an anti-join on the tiny partial index IDX_document_deleted, not a join to every document.
const VISIBLE = 'NOT EXISTS (SELECT 1 FROM document hidden WHERE hidden.id = c.document_id AND hidden.deleted)';
const KEPT = "c.status IN ('fulfilled', 'partially_fulfilled')";

export interface SearchDocument {
  id: string;
  title: string | null;
  text: string;
  blocks: Document['blocks'];
}

export interface Headline {
  matched: boolean;
  /** The text (or its best fragment) with matches between HIT_START and HIT_END. */
  headline: string;
}

export const HIT_START = '\u27e6';
export const HIT_END = '\u27e7';

/** Read-only queries behind the pages and feeds: overdue and fulfilled lists, chains. */
@Injectable()
export class WebQueriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mostOverdue(today: string, limit: number, ministry?: string): Promise<OverdueRow[]> {
    return (await this.dataSource.query(
      `SELECT c.id, c.quote, c.owner_role AS "ownerRole", c.owner_name AS "ownerName", c.ministry, c.vehicle,
              to_char(c.effective_due, 'YYYY-MM-DD') AS "effectiveDue", ($1::date - c.effective_due) AS "daysLate"
         FROM commitment c
        WHERE ${VISIBLE} AND ${overdueSql('c', '$1')} AND ($3::text IS NULL OR c.ministry = $3)
        ORDER BY c.effective_due ASC, c.id LIMIT $2`,
      [today, limit, ministry ?? null],
    )) as OverdueRow[];
  }

  async recentlyFulfilled(limit: number, ministry?: string): Promise<FulfilledRow[]> {
    return (await this.dataSource.query(
      `SELECT c.id, c.quote, c.owner_role AS "ownerRole", c.ministry, c.fulfilling_letter AS "fulfillingLetter",
              c.fulfilled_at AS "fulfilledAt", to_char(c.kept_on, 'YYYY-MM-DD') AS "keptOn", c.status
         FROM commitment c
        WHERE ${VISIBLE} AND ${KEPT} AND c.fulfilled_at IS NOT NULL AND ($2::text IS NULL OR c.ministry = $2)
        ORDER BY c.fulfilled_at DESC, c.id LIMIT $1`,
      [limit, ministry ?? null],
    )) as FulfilledRow[];
  }

  async ministries(): Promise<string[]> {
    // A skip scan over IDX_commitment_ministry: one index probe per ministry instead of reading every row.
    // Only ministries with a published promise: one with nothing but candidates has no public page yet.
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE m AS (
         (SELECT ministry FROM commitment c WHERE ministry IS NOT NULL AND ${publishedSql('c')} ORDER BY ministry LIMIT 1)
         UNION ALL
         SELECT (SELECT ministry FROM commitment c WHERE ministry > m.ministry AND ${publishedSql('c')} ORDER BY ministry LIMIT 1) FROM m WHERE m.ministry IS NOT NULL)
       SELECT ministry FROM m WHERE ministry IS NOT NULL`,
    )) as { ministry: string }[];
    return rows.map((r) => r.ministry);
  }

  /** The texts of the documents on one page of search results (20 at most). */
  documentsForSearch(ids: string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT id, title, text, blocks FROM document WHERE id = ANY($1::uuid[])`, [ids]) as Promise<SearchDocument[]>;
  }

  /**
   * Whether each text matches a Dutch search, with its matching words marked: whole (`whole`) or
   * its best fragment. One round trip for a page of results.
   */
  async headlines(texts: { text: string; whole: boolean }[], q: string): Promise<Headline[]> {
    if (texts.length === 0) return [];
    const options = (whole: boolean) =>
      `StartSel=${HIT_START}, StopSel=${HIT_END}, ${whole ? 'HighlightAll=true' : 'MaxWords=30, MinWords=12, MaxFragments=1'}`;
    const rows = (await this.dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery('dutch', $3) AS q)
       SELECT s.i, to_tsvector('dutch', s.t) @@ q.q AS matched, ts_headline('dutch', s.t, q.q, s.o) AS headline
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(t, o, i), q ORDER BY s.i`,
      [texts.map((t) => t.text), texts.map((t) => options(t.whole)), q],
    )) as Headline[];
    return rows.map((r) => ({ matched: r.matched, headline: r.headline }));
  }

  findDocument(id: string): Promise<Document | null> {
    return this.dataSource.getRepository(Document).findOne({ where: { id, deleted: false } });
  }

  /** The commitments found in a document: the published ones, or all of them (`unpublished`: for an editor). */
  commitmentsOfDocument(documentId: string, unpublished = false): Promise<Commitment[]> {
    const query = this.dataSource.getRepository(Commitment).createQueryBuilder('c').where('c.document_id = :documentId', { documentId });
    if (!unpublished) query.andWhere(publishedSql('c'));
    return query.orderBy('c.start_offset', 'ASC', 'NULLS LAST').getMany();
  }

  /** Documents of the same parliamentary case (zaak): the questions, a postponement, the answer, letters. */
  relatedByCase(caseNumber: string): Promise<RelatedDocument[]> {
    return this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .select(['d.id', 'd.kind', 'd.number', 'd.title', 'd.date', 'd.url'])
      .where('d.case_number = :caseNumber AND d.deleted = false', { caseNumber })
      .orderBy('d.date', 'ASC', 'NULLS LAST')
      .limit(20)
      .getMany();
  }

  /** Documents by id (e.g. the letters that moved a promise's deadline), oldest first. */
  documentsByIds(ids: string[]): Promise<RelatedDocument[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .select(['d.id', 'd.kind', 'd.number', 'd.title', 'd.date', 'd.url'])
      .where('d.id IN (:...ids) AND d.deleted = false', { ids })
      .orderBy('d.date', 'ASC', 'NULLS LAST')
      .getMany();
  }

  /** The review queue, most certain first: those are the quickest to accept. */
  candidates(limit: number): Promise<Commitment[]> {
    return this.dataSource
      .getRepository(Commitment)
      .createQueryBuilder('c')
      .leftJoin('c.document', 'd')
      .addSelect(DOCUMENT_SUMMARY_COLUMNS.map((column) => `d.${column}`))
      .where("c.status = 'candidate'")
      .orderBy('c.confidence', 'DESC')
      .addOrderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** How often each commitment's deadline moved: the iCalendar SEQUENCE of its event. */
  async deadlineMoves(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT commitment_id AS id, count(*)::int AS n FROM commitment_event WHERE type = 'due_changed' AND commitment_id = ANY($1::uuid[]) GROUP BY 1`,
      [ids],
    )) as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** The confirmed subscriptions of a subscriber, as targets for a personal calendar. */
  async confirmedTargets(subscriberId: string): Promise<{ commitmentIds: string[]; ministries: string[]; searches: Record<string, string>[] }> {
    const rows = (await this.dataSource.query(
      `SELECT target_type AS type, commitment_id AS "commitmentId", ministry, search FROM subscription
        WHERE subscriber_id = $1 AND status = 'confirmed' AND NOT paused`,
      [subscriberId],
    )) as { type: string; commitmentId: string | null; ministry: string | null; search: Record<string, string> | null }[];
    return {
      commitmentIds: rows.filter((r) => r.type === 'commitment' && r.commitmentId).map((r) => r.commitmentId as string),
      ministries: rows.filter((r) => r.type === 'ministry' && r.ministry).map((r) => r.ministry as string),
      searches: rows.filter((r) => r.type === 'search' && r.search).map((r) => r.search as Record<string, string>),
    };
  }

  findCommitments(ids: string[]): Promise<Commitment[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Commitment)
      .createQueryBuilder('c')
      .leftJoin('c.document', 'd')
      .addSelect(DOCUMENT_SUMMARY_COLUMNS.map((column) => `d.${column}`))
      .where('c.id IN (:...ids)', { ids })
      .getMany();
  }
}
