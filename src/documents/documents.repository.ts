import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Document } from './document.entity';

export type NewDocument = Omit<Document, 'id' | 'createdAt' | 'updatedAt' | 'deleted' | 'resourceError' | 'resourceAttempts'>;

@Injectable()
export class DocumentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findBySourceId(em: EntityManager, source: string, externalId: string): Promise<Document | null> {
    return em.findOne(Document, { where: { source, externalId } });
  }

  async insert(em: EntityManager, document: NewDocument): Promise<Document> {
    return em.save(em.create(Document, document));
  }

  async update(em: EntityManager, id: string, changes: Partial<NewDocument>): Promise<void> {
    await em.update(Document, { id }, changes);
  }

  findById(id: string): Promise<Document | null> {
    return this.dataSource.getRepository(Document).findOne({ where: { id } });
  }

  findByNumber(em: EntityManager, number: string): Promise<Document | null> {
    return em.findOne(Document, { where: { number, deleted: false }, order: { date: 'DESC' } });
  }

  async list(page: number, pageSize: number, kind?: string): Promise<{ items: Document[]; total: number }> {
    const query = this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .select([
        'd.id', 'd.source', 'd.number', 'd.kind', 'd.title', 'd.date', 'd.sessionYear', 'd.appendixNumber',
        'd.caseNumber', 'd.ministry', 'd.authorRole', 'd.authorName', 'd.url',
      ])
      .where('d.deleted = false')
      .orderBy('d.date', 'DESC', 'NULLS LAST')
      .addOrderBy('d.id')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (kind) query.andWhere('d.kind = :kind', { kind });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}
