import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Commitment, CommitmentStatus } from './commitment.entity';
import { CommitmentEvent, CommitmentEventType } from './commitment-event.entity';

export type NewCommitment = Omit<
  Commitment,
  | 'id' | 'createdAt' | 'updatedAt' | 'document' | 'fulfillingDocument' | 'fulfillingDocumentId' | 'fulfillingLetter' | 'fulfilledAt'
  | 'externalRef' | 'withdrawn'
> & Partial<Pick<Commitment, 'externalRef' | 'withdrawn'>>;

export interface CommitmentFilters {
  status?: CommitmentStatus[];
  overdue?: boolean;
  ministry?: string;
  owner?: string;
  q?: string;
  dueBefore?: string;
  dueAfter?: string;
  documentId?: string;
}

@Injectable()
export class CommitmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts unless a commitment with the same fingerprint exists; returns the new row or null. */
  async insertIfNew(em: EntityManager, commitment: NewCommitment): Promise<string | null> {
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(Commitment)
      .values(commitment)
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = result.raw[0] as { id: string } | undefined;
    return row?.id ?? null;
  }

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

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<Commitment | null> {
    return em.findOne(Commitment, { where: { id }, relations: { document: true, fulfillingDocument: true } });
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

  history(id: string): Promise<CommitmentEvent[]> {
    return this.dataSource.getRepository(CommitmentEvent).find({ where: { commitmentId: id }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  /** One page of commitments matching the filters, most urgent first. `today` decides what is overdue. */
  async search(
    filters: CommitmentFilters,
    today: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: Commitment[]; total: number }> {
    const query = this.dataSource
      .getRepository(Commitment)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.document', 'd')
      .where(new Brackets((w) => w.where('d.id IS NULL').orWhere('d.deleted = false')))
      .andWhere('c.withdrawn = false');
    if (filters.status?.length) query.andWhere('c.status IN (:...status)', { status: filters.status });
    if (filters.overdue === true) query.andWhere("c.status = 'open' AND c.effective_due < :today", { today });
    if (filters.overdue === false) {
      query.andWhere("NOT (c.status = 'open' AND c.effective_due IS NOT NULL AND c.effective_due < :today)", { today });
    }
    if (filters.ministry) query.andWhere('c.ministry ILIKE :ministry', { ministry: escapeLike(filters.ministry) });
    if (filters.owner) {
      query.andWhere("(c.owner_name ILIKE :owner OR c.owner_role ILIKE :owner)", { owner: `%${escapeLike(filters.owner)}%` });
    }
    if (filters.q) {
      query.andWhere(
        "to_tsvector('dutch', coalesce(c.quote, '') || ' ' || coalesce(c.vehicle, '')) @@ websearch_to_tsquery('dutch', :q)",
        { q: filters.q },
      );
    }
    if (filters.dueBefore) query.andWhere('c.effective_due <= :dueBefore', { dueBefore: filters.dueBefore });
    if (filters.dueAfter) query.andWhere('c.effective_due >= :dueAfter', { dueAfter: filters.dueAfter });
    if (filters.documentId) query.andWhere('c.document_id = :documentId', { documentId: filters.documentId });
    query
      .orderBy('c.effective_due', 'ASC', 'NULLS LAST')
      .addOrderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
