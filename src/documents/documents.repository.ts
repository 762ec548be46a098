import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Document } from './document.entity';

export type NewDocument = Omit<Document, 'id' | 'createdAt' | 'updatedAt' | 'deleted' | 'resourceError' | 'resourceAttempts' | 'afterImportPending'>;

@Injectable()
export class DocumentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stored documents of one source by their ids at that source. */
  findBySourceIds(em: EntityManager, source: string, externalIds: string[]): Promise<Document[]> {
    if (externalIds.length === 0) return Promise.resolve([]);
    return em.find(Document, { where: { source, externalId: In(externalIds) } });
  }

  /** Inserts new documents in one statement; returns them as stored, in the given order. */
  async insertMany(em: EntityManager, documents: NewDocument[]): Promise<Document[]> {
    if (documents.length === 0) return [];
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(Document)
      .values(documents)
      .updateEntity(false)
      .returning('id, source, external_id, created_at, updated_at')
      .execute();
    const rows = new Map(
      (result.raw as { id: string; source: string; external_id: string; created_at: Date; updated_at: Date }[]).map((r) => [
        `${r.source}\u0000${r.external_id}`,
        r,
      ]),
    );
    return documents.map((d) => {
      const row = rows.get(`${d.source}\u0000${d.externalId}`);
      if (!row) throw new Error(`document ${d.source}:${d.externalId} was not inserted`);
      return { ...d, id: row.id, createdAt: row.created_at, updatedAt: row.updated_at, deleted: false, resourceError: null, resourceAttempts: 0, afterImportPending: false };
    });
  }

  async update(em: EntityManager, id: string, changes: Partial<NewDocument>): Promise<void> {
    await em.update(Document, { id }, changes);
  }

  async setAfterImportPending(em: EntityManager, ids: string[], pending: boolean): Promise<void> {
    if (ids.length === 0) return;
    await em.query(`UPDATE document SET after_import_pending = $2 WHERE id = ANY($1::uuid[])`, [ids, pending]);
  }

  /** Documents whose after-import steps were interrupted, oldest first. */
  findAfterImportPending(limit: number): Promise<Document[]> {
    return this.dataSource.getRepository(Document).find({ where: { afterImportPending: true }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
  }

  findById(id: string): Promise<Document | null> {
    return this.dataSource.getRepository(Document).findOne({ where: { id } });
  }

  findByNumber(em: EntityManager, number: string): Promise<Document | null> {
    return em.findOne(Document, { where: { number, deleted: false }, order: { date: 'DESC' } });
  }

  async list(
    page: number,
    pageSize: number,
    filters: { kind?: string; kamerstuk?: { dossier: string; number: string } | null; number?: string } = {},
  ): Promise<{ items: Document[]; total: number }> {
    const query = this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .select([
        'd.id', 'd.source', 'd.number', 'd.kind', 'd.title', 'd.date', 'd.sessionYear', 'd.appendixNumber',
        'd.caseNumber', 'd.kamerstukDossier', 'd.kamerstukNumber', 'd.ministry', 'd.authorRole', 'd.authorName', 'd.url',
      ])
      .where('d.deleted = false')
      .orderBy('d.date', 'DESC', 'NULLS LAST')
      .addOrderBy('d.id')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (filters.kind) query.andWhere('d.kind = :kind', { kind: filters.kind });
    if (filters.kamerstuk) {
      query.andWhere('d.kamerstukDossier = :dossier AND d.kamerstukNumber = :ondernummer', {
        dossier: filters.kamerstuk.dossier,
        ondernummer: filters.kamerstuk.number,
      });
    }
    if (filters.number) query.andWhere('d.number = :number', { number: filters.number });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}
