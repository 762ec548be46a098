import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Document } from '../documents/document.entity';
import { departmentOf } from '../ministries/departments';
import { ministryWithPredecessors } from '../ministries/ministry-lineage';
import { AlsoStated, Commitment, CommitmentKind, CommitmentOrigin, CommitmentStatus } from './commitment.entity';
import { CommitmentEvent, CommitmentEventType } from './commitment-event.entity';
import { DeadlineKind, deadlineKindSql, overdueSql } from './domain/lateness';
import { publishedSql } from './domain/visibility';

export type NewCommitment = Omit<
  Commitment,
  | 'id' | 'createdAt' | 'updatedAt' | 'document' | 'fulfillingDocument' | 'fulfillingDocumentId' | 'fulfillingLetter' | 'fulfilledAt' | 'keptOn'
  | 'autoLinked' | 'repeatsCommitmentId' | 'repeatsCommitment' | 'externalRef' | 'withdrawn' | 'searchVector' | 'reviewedAt' | 'reviewedBy'
  | 'alsoStated'
> & Partial<Pick<Commitment, 'externalRef' | 'withdrawn' | 'alsoStated'>>;

/** A commitment as an external register states it, with how it was kept. */
export type RegisterCommitment = NewCommitment & { fulfillingLetter: string | null; fulfilledAt: Date | null };

export interface RegisterUpsert {
  id: string;
  created: boolean;
  previousStatus: CommitmentStatus | null;
}

export interface UndecidedCommitment {
  id: string;
  documentId: string;
  fingerprint: string;
  quote: string;
  status: CommitmentStatus;
  confidence: number;
  alsoStated: AlsoStated[];
  repeatsCommitmentId: string | null;
}

/** A commitment's recomputed confidence, status and restatements, and the status it had when read. */
export interface Reanalysed {
  id: string;
  confidence: number;
  status: CommitmentStatus;
  expected: CommitmentStatus;
  alsoStated: AlsoStated[];
}

export interface CommitmentFilters {
  status?: CommitmentStatus[];
  /** Open and past its date; of a promised date unless `deadline` names another kind. */
  overdue?: boolean;
  /** Only deadlines of this kind: promised, default (no date named) or recurring. */
  deadline?: DeadlineKind;
  ministry?: string;
  owner?: string;
  q?: string;
  dueBefore?: string;
  dueAfter?: string;
  documentId?: string;
  kind?: CommitmentKind;
  origin?: CommitmentOrigin;
  /** The year the promise was made (its document's date). */
  year?: number;
  sort?: CommitmentSort;
}

@Injectable()
export class CommitmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async addEvent(
    em: EntityManager,
    commitmentId: string,
    type: CommitmentEventType,
    actor: string,
    occurredAt: Date,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await em.query(
      `INSERT INTO commitment_event (commitment_id, type, actor, occurred_at, details) VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [commitmentId, type, actor, occurredAt, JSON.stringify(details)],
    );
  }

  /**
   * Inserts those without a commitment of the same fingerprint yet, in one statement; returns the
   * new ids by fingerprint. `commitments` must hold each fingerprint once.
   */
  async insertManyIfNew(em: EntityManager, commitments: NewCommitment[]): Promise<Map<string, string>> {
    if (commitments.length === 0) return new Map();
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(Commitment)
      // A minister without portfolio's promise belongs to the department (the office stays in owner_role).
      .values(commitments.map((c) => ({ ...c, ministry: departmentOf(c.ministry) })))
      .orIgnore()
      .updateEntity(false)
      .returning('id, fingerprint')
      .execute();
    return new Map((result.raw as { id: string; fingerprint: string }[]).map((r) => [r.fingerprint, r.id]));
  }

  /**
   * Creates or updates register commitments by fingerprint (each once), a few statements for all;
   * an update clears a link to a letter the register no longer names, and undoes a withdrawal.
   */
  async upsertRegister(em: EntityManager, registered: RegisterCommitment[]): Promise<Map<string, RegisterUpsert>> {
    if (registered.length === 0) return new Map();
    const commitments = registered.map((c) => ({ ...c, ministry: departmentOf(c.ministry) }));
    const previous = (await em.query(
      `SELECT id, fingerprint, status FROM commitment WHERE fingerprint = ANY($1::text[]) ORDER BY fingerprint FOR UPDATE`,
      [commitments.map((c) => c.fingerprint)],
    )) as { id: string; fingerprint: string; status: CommitmentStatus }[];
    const outcomes = new Map<string, RegisterUpsert>(previous.map((p) => [p.fingerprint, { id: p.id, created: false, previousStatus: p.status }]));
    const known = commitments.filter((c) => outcomes.has(c.fingerprint));
    if (known.length > 0) await this.updateRegister(em, known);
    const fresh = commitments.filter((c) => !outcomes.has(c.fingerprint));
    for (const [fingerprint, id] of await this.insertManyIfNew(em, fresh)) outcomes.set(fingerprint, { id, created: true, previousStatus: null });
    return outcomes;
  }

  private async updateRegister(em: EntityManager, rows: RegisterCommitment[]): Promise<void> {
    const column = <K extends keyof RegisterCommitment>(key: K) => rows.map((r) => r[key] ?? null);
    await em.query(
      `UPDATE commitment c SET quote = r.quote, kind = r.kind, owner_role = r.owner_role, owner_name = r.owner_name, ministry = r.ministry,
         due = r.due, due_source = r.due_source, due_explanation = r.due_explanation, effective_due = r.effective_due, recurring = r.recurring,
         status = ${KEPT_DECISION}, raw_status = r.raw_status, external_ref = r.external_ref, fulfilling_letter = r.fulfilling_letter,
         fulfilled_at = r.fulfilled_at, withdrawn = false,
         fulfilling_document_id = CASE WHEN c.fulfilling_letter IS DISTINCT FROM r.fulfilling_letter THEN NULL ELSE c.fulfilling_document_id END,
         updated_at = now()
       FROM unnest($1::text[], $2::commitment_kind[], $3::varchar[], $4::varchar[], $5::varchar[], $6::date[], $7::due_source[], $8::text[],
         $9::date[], $10::boolean[], $11::commitment_status[], $12::varchar[], $13::varchar[], $14::text[], $15::timestamptz[], $16::varchar[])
         AS r(quote, kind, owner_role, owner_name, ministry, due, due_source, due_explanation, effective_due, recurring, status, raw_status,
              external_ref, fulfilling_letter, fulfilled_at, fingerprint)
       WHERE c.fingerprint = r.fingerprint
         AND (c.quote, c.kind, c.owner_role, c.owner_name, c.ministry, c.due, c.due_source, c.due_explanation, c.effective_due, c.recurring,
              c.status, c.raw_status, c.external_ref, c.fulfilling_letter, c.fulfilled_at, c.withdrawn)
             IS DISTINCT FROM (r.quote, r.kind, r.owner_role, r.owner_name, r.ministry, r.due, r.due_source, r.due_explanation, r.effective_due,
              r.recurring, ${KEPT_DECISION}, r.raw_status, r.external_ref, r.fulfilling_letter, r.fulfilled_at, false)`,
      [
        column('quote'), column('kind'), column('ownerRole'), column('ownerName'), column('ministry'), column('due'), column('dueSource'),
        column('dueExplanation'), column('effectiveDue'), column('recurring'), column('status'), column('rawStatus'), column('externalRef'),
        column('fulfillingLetter'), column('fulfilledAt'), column('fingerprint'),
      ],
    );
  }

  /** Flags the commitments with these fingerprints as withdrawn at their source (kept, never removed). */
  async withdrawByFingerprints(em: EntityManager, fingerprints: string[]): Promise<void> {
    if (fingerprints.length === 0) return;
    await em.query(`UPDATE commitment SET withdrawn = true WHERE fingerprint = ANY($1::text[]) AND withdrawn = false`, [fingerprints]);
  }

  /** Flags (or unflags) the commitments of documents withdrawn (or published again) at their source. */
  async setWithdrawnOfDocuments(em: EntityManager, documentIds: string[], withdrawn: boolean): Promise<void> {
    if (documentIds.length === 0) return;
    await em.query(`UPDATE commitment SET withdrawn = $2 WHERE document_id = ANY($1::uuid[]) AND withdrawn IS DISTINCT FROM $2`, [documentIds, withdrawn]);
  }

  /**
   * Links register commitments to the stored letter that kept them (the first one the register
   * names), for all of them or only those naming one of `letterNumbers`.
   */
  async linkRegisterLetters(em: EntityManager, letterNumbers?: string[]): Promise<number> {
    const [, linked] = (await em.query(
      `UPDATE commitment c SET fulfilling_document_id = d.id
       FROM document d
       WHERE c.origin = 'tk_register' AND c.fulfilling_document_id IS NULL AND c.fulfilling_letter IS NOT NULL
         AND d.deleted = false AND d.number = split_part(c.fulfilling_letter, ',', 1)
         AND ($1::text[] IS NULL OR d.number = ANY($1::text[]))`,
      [letterNumbers ?? null],
    )) as [unknown, number];
    return linked;
  }

  /** Appends events in the given order, in one statement. */
  async addEvents(
    em: EntityManager,
    events: { commitmentId: string; type: CommitmentEventType; actor: string; occurredAt: Date; details: Record<string, unknown> }[],
  ): Promise<void> {
    if (events.length === 0) return;
    await em.query(
      `INSERT INTO commitment_event (commitment_id, type, actor, occurred_at, details)
       SELECT * FROM unnest($1::uuid[], $2::commitment_event_type[], $3::varchar[], $4::timestamptz[], $5::jsonb[])`,
      [
        events.map((e) => e.commitmentId), events.map((e) => e.type), events.map((e) => e.actor), events.map((e) => e.occurredAt),
        events.map((e) => JSON.stringify(e.details)),
      ],
    );
  }

  /**
   * One query (findOne with relations first selects the id with a DISTINCT … LIMIT 1, then joins).
   * The fulfilling letter without its text: only its summary is shown, and a letter can be long.
   */
  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<Commitment | null> {
    return em
      .createQueryBuilder(Commitment, 'c')
      .leftJoinAndSelect('c.document', 'document')
      .leftJoin('c.fulfillingDocument', 'fulfillingDocument')
      .addSelect(DOCUMENT_SUMMARY_COLUMNS.map((column) => `fulfillingDocument.${column}`))
      .where('c.id = :id', { id })
      .getOne();
  }

  async statusOf(id: string): Promise<CommitmentStatus | null> {
    const [row] = (await this.dataSource.query(`SELECT status FROM commitment WHERE id = $1`, [id])) as { status: CommitmentStatus }[];
    return row?.status ?? null;
  }

  lockById(em: EntityManager, id: string): Promise<Commitment | null> {
    return em.findOne(Commitment, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async documentDateOf(em: EntityManager, documentId: string): Promise<string | null> {
    const [row] = (await em.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date FROM document WHERE id = $1`, [documentId])) as { date: string | null }[];
    return row?.date ?? null;
  }

  async update(em: EntityManager, id: string, changes: Partial<Commitment>): Promise<void> {
    await em.update(Commitment, { id }, changes);
  }

  /** The commitments of each document that do not restate an older one yet. */
  async notRestatingOf(documentIds: string[]): Promise<Map<string, string[]>> {
    const rows = (await this.dataSource.query(
      `SELECT document_id AS "documentId", array_agg(id ORDER BY id) AS ids FROM commitment
       WHERE document_id = ANY($1::uuid[]) AND repeats_commitment_id IS NULL GROUP BY document_id`,
      [documentIds],
    )) as { documentId: string; ids: string[] }[];
    return new Map(rows.map((r) => [r.documentId, r.ids]));
  }

  /** Marks each commitment as restating an older one, in one statement. */
  async setRepeats(em: EntityManager, links: { id: string; repeatsCommitmentId: string }[]): Promise<void> {
    if (links.length === 0) return;
    await em.query(
      `UPDATE commitment c SET repeats_commitment_id = l.repeats, updated_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS l(id, repeats) WHERE c.id = l.id`,
      [links.map((l) => l.id), links.map((l) => l.repeatsCommitmentId)],
    );
  }

  /** Documents (by id, after `after`) with extracted commitments no editor has decided on: what re-analysis reads. */
  async documentsToReanalyse(after: string | null, limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT document_id AS id FROM commitment
        WHERE origin = 'extracted' AND reviewed_at IS NULL AND document_id IS NOT NULL AND ($1::uuid IS NULL OR document_id > $1::uuid)
        ORDER BY 1 LIMIT $2`,
      [after, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async countDocumentsToReanalyse(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(DISTINCT document_id)::int AS n FROM commitment WHERE origin = 'extracted' AND reviewed_at IS NULL AND document_id IS NOT NULL`,
    )) as { n: number }[];
    return row.n;
  }

  /** The extracted commitments of these documents no editor has decided on. */
  undecidedExtractedOf(documentIds: string[]): Promise<UndecidedCommitment[]> {
    return this.dataSource.query(
      `SELECT id, document_id AS "documentId", fingerprint, quote, status, confidence, also_stated AS "alsoStated",
              repeats_commitment_id AS "repeatsCommitmentId" FROM commitment
        WHERE document_id = ANY($1::uuid[]) AND origin = 'extracted' AND reviewed_at IS NULL`,
      [documentIds],
    ) as Promise<UndecidedCommitment[]>;
  }

  /**
   * Stores recomputed confidences, publication and restatements in one statement. A row changes only while it
   * still has the status it was read with and no editor has decided on it since; one with a
   * confirmed subscription or a recorded fulfilment stays published. Returns the rows written.
   */
  async applyReanalysis(em: EntityManager, rows: Reanalysed[]): Promise<{ id: string; from: CommitmentStatus; to: CommitmentStatus }[]> {
    if (rows.length === 0) return [];
    const [updated] = (await em.query(
      `UPDATE commitment c SET confidence = r.confidence, also_stated = r.also_stated, updated_at = now(),
         status = CASE WHEN r.status = 'candidate'
                        AND (c.fulfilled_at IS NOT NULL OR c.fulfilling_letter IS NOT NULL
                             OR EXISTS (SELECT 1 FROM subscription s WHERE s.commitment_id = c.id AND s.status = 'confirmed'))
                       THEN c.status ELSE r.status END
       FROM unnest($1::uuid[], $2::real[], $3::commitment_status[], $4::commitment_status[], $5::jsonb[]) AS r(id, confidence, status, expected, also_stated)
       WHERE c.id = r.id AND c.status = r.expected AND c.reviewed_at IS NULL
         AND (c.confidence, c.status, c.also_stated) IS DISTINCT FROM (r.confidence, r.status, r.also_stated)
       RETURNING c.id, r.expected AS "from", c.status AS "to"`,
      [
        rows.map((r) => r.id), rows.map((r) => r.confidence), rows.map((r) => r.status), rows.map((r) => r.expected),
        rows.map((r) => JSON.stringify(r.alsoStated)),
      ],
    )) as [{ id: string; from: CommitmentStatus; to: CommitmentStatus }[], number];
    return updated;
  }

  /** The latest event of a type by an actor, e.g. the automatic link an editor undoes. */
  lastEvent(em: EntityManager, commitmentId: string, type: CommitmentEventType, actor: string): Promise<CommitmentEvent | null> {
    return em.findOne(CommitmentEvent, { where: { commitmentId, type, actor }, order: { occurredAt: 'DESC', id: 'DESC' } });
  }

  history(id: string): Promise<CommitmentEvent[]> {
    return this.dataSource.getRepository(CommitmentEvent).find({ where: { commitmentId: id }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  /** One page of commitments matching the filters, with their documents' summaries. `today` decides what is overdue. */
  async findPage(filters: CommitmentFilters, today: string, page: number, pageSize: number): Promise<Commitment[]> {
    const query = this.filtered(filters, today)
      .select(LIST_COLUMNS)
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    orderBy(query, filters);
    const items = await query.getMany();
    await this.attachDocuments(items);
    return items;
  }

  /**
   * How many commitments match, counting at most TOTAL_CAP (`totalCapped` when there are more): an
   * exact count of a broad filter would cost more than the page itself.
   */
  async countMatching(filters: CommitmentFilters, today: string): Promise<MatchCount> {
    const matches = this.filtered(filters, today).select('1').limit(TOTAL_CAP + 1);
    const [sql, parameters] = matches.getQueryAndParameters();
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) matches`, parameters)) as { n: number }[];
    const counted = row?.n ?? 0;
    return { total: Math.min(counted, TOTAL_CAP), totalCapped: counted > TOTAL_CAP };
  }

  /**
   * The documents of one page, in one query after the page is known: joined inside the search,
   * PostgreSQL would hash every document before sorting a large match. Only what a list shows:
   * a document's text and blocks can be megabytes.
   */
  private async attachDocuments(items: Commitment[]): Promise<void> {
    const ids = [...new Set(items.map((c) => c.documentId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return;
    const documents = await this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .select(DOCUMENT_SUMMARY_COLUMNS.map((column) => `d.${column}`))
      .where('d.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const c of items) c.document = c.documentId === null ? null : (byId.get(c.documentId) ?? null);
  }

  /** Commitments of deleted documents never show, nor candidates and rejected ones (not published). */
  private filtered(filters: CommitmentFilters, today: string): SelectQueryBuilder<Commitment> {
    const query = this.dataSource
      .getRepository(Commitment)
      .createQueryBuilder('c')
      // An anti-join on the tiny partial index IDX_document_deleted instead of a join to every document.
      .where('NOT EXISTS (SELECT 1 FROM document hidden WHERE hidden.id = c.document_id AND hidden.deleted)')
      .andWhere('c.withdrawn = false')
      .andWhere(publishedSql('c'));
    if (filters.status?.length) query.andWhere('c.status IN (:...status)', { status: filters.status });
    // "Over tijd" means a promised date passed; with `deadline`, the default term or the period of that kind.
    const late = overdueSql('c', ':today', filters.deadline ?? 'promised');
    if (filters.overdue === true) query.andWhere(late, { today });
    if (filters.overdue === false) query.andWhere(`NOT (${late} AND c.effective_due IS NOT NULL)`, { today });
    if (filters.deadline) query.andWhere(`${deadlineKindSql('c')} = :deadline`, { deadline: filters.deadline });
    // A ministry answers for the promises of the ministries it continues (renames, splits). IDX_commitment_ministry_status_due.
    if (filters.ministry) query.andWhere('lower(c.ministry) IN (:...ministries)', { ministries: ministryWithPredecessors(filters.ministry) });
    if (filters.owner) {
      query.andWhere("(c.owner_name ILIKE :owner OR c.owner_role ILIKE :owner)", { owner: `%${escapeLike(filters.owner)}%` });
    }
    // The promise itself, or its document: title, question, answer and the asking MPs (IDX_document_search_vector).
    if (filters.q) {
      query.andWhere(
        `(c.search_vector @@ websearch_to_tsquery('dutch', :q)
          OR c.document_id IN (SELECT sd.id FROM document sd WHERE sd.search_vector @@ websearch_to_tsquery('dutch', :q)))`,
        { q: filters.q },
      );
    }
    if (filters.kind) query.andWhere('c.kind = :kind', { kind: filters.kind });
    if (filters.origin) query.andWhere('c.origin = :origin', { origin: filters.origin });
    if (filters.year) {
      query.andWhere('EXISTS (SELECT 1 FROM document y WHERE y.id = c.document_id AND y.date >= :yearStart AND y.date < :yearEnd)', {
        yearStart: `${filters.year}-01-01`,
        yearEnd: `${filters.year + 1}-01-01`,
      });
    }
    if (filters.dueBefore) query.andWhere('c.effective_due <= :dueBefore', { dueBefore: filters.dueBefore });
    if (filters.dueAfter) query.andWhere('c.effective_due >= :dueAfter', { dueAfter: filters.dueAfter });
    if (filters.documentId) query.andWhere('c.document_id = :documentId', { documentId: filters.documentId });
    return query;
  }
}

/** On re-sync, a commitment the editors rejected stays rejected whatever the source says. */
const KEPT_DECISION = "CASE WHEN c.status = 'rejected' THEN c.status ELSE r.status END";

/** Totals above this are reported as this number with `totalCapped: true`. */
export const TOTAL_CAP = 10_000;

export interface MatchCount {
  /** The number of matches, at most TOTAL_CAP. */
  total: number;
  /** True when there are more than TOTAL_CAP matches. */
  totalCapped: boolean;
}

export const COMMITMENT_SORTS = ['due', '-due', 'new', 'kept', 'relevance'] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

/** What a document summary shows (DocumentSummary): never its text or blocks. */
export const DOCUMENT_SUMMARY_COLUMNS = ['id', 'number', 'kind', 'title', 'date', 'url'];

const LIST_COLUMNS = [
  'c.id', 'c.documentId', 'c.quote', 'c.alsoStated', 'c.startOffset', 'c.endOffset', 'c.answerLabel', 'c.kind', 'c.ownerRole', 'c.ownerName',
  'c.ministry', 'c.vehicle', 'c.deadlinePhrase', 'c.due', 'c.dueSource', 'c.dueExplanation', 'c.effectiveDue', 'c.recurring',
  'c.confidence', 'c.status', 'c.fulfillingDocumentId', 'c.fulfillingLetter', 'c.fulfilledAt', 'c.keptOn', 'c.origin', 'c.rawStatus',
  'c.fingerprint', 'c.createdAt', 'c.updatedAt', 'c.autoLinked', 'c.repeatsCommitmentId',
];

function orderBy(query: SelectQueryBuilder<Commitment>, filters: CommitmentFilters): void {
  switch (filters.sort ?? 'due') {
    case 'relevance':
      if (filters.q) {
        query.orderBy(`ts_rank(c.search_vector, websearch_to_tsquery('dutch', :q))`, 'DESC').addOrderBy('c.id', 'ASC');
        return;
      }
      break;
    case '-due':
      query.orderBy('c.effective_due', 'DESC', 'NULLS LAST').addOrderBy('c.id', 'ASC');
      return;
    case 'new':
      query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'ASC');
      return;
    case 'kept':
      query.orderBy('c.fulfilled_at', 'DESC', 'NULLS LAST').addOrderBy('c.id', 'ASC');
      return;
    case 'due':
      break;
  }
  query.orderBy('c.effective_due', 'ASC', 'NULLS LAST').addOrderBy('c.created_at', 'DESC').addOrderBy('c.id', 'ASC');
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
