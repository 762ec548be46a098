import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Document } from './document.entity';

export type NewDocument = Omit<
  Document,
  'id' | 'createdAt' | 'updatedAt' | 'deleted' | 'resourceError' | 'resourceAttempts' | 'resourceUnreadableVersion' | 'afterImportPending'
>;

/** What became of a document's source file: read (error null), or failed; `unreadableVersion` when its content can never be read. */
export interface ResourceOutcome {
  externalId: string;
  error: string | null;
  /** The source version whose file is unreadable (not fetched again until the source changes it); null for a passing failure. */
  unreadableVersion: string | null;
}

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
      return { ...d, id: row.id, createdAt: row.created_at, updatedAt: row.updated_at, deleted: false, resourceError: null, resourceAttempts: 0, resourceUnreadableVersion: null, afterImportPending: false };
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

  /** Hides documents withdrawn at their source; returns those hidden now (their commitments are the caller's). */
  async hideWithdrawn(em: EntityManager, source: string, externalIds: string[]): Promise<{ id: string; externalId: string }[]> {
    if (externalIds.length === 0) return [];
    const [rows] = (await em.query(
      `UPDATE document SET deleted = true, updated_at = now() WHERE source = $1 AND external_id = ANY($2::text[]) AND deleted = false
       RETURNING id, external_id AS "externalId"`,
      [source, externalIds],
    )) as [{ id: string; externalId: string }[], number];
    return rows;
  }

  /** Shows again documents their source published anew; returns the ids shown now. */
  async showRepublished(em: EntityManager, source: string, externalIds: string[]): Promise<string[]> {
    if (externalIds.length === 0) return [];
    const [rows] = (await em.query(
      `UPDATE document SET deleted = false WHERE source = $1 AND external_id = ANY($2::text[]) AND deleted = true RETURNING id`,
      [source, externalIds],
    )) as [{ id: string }[], number];
    return rows.map((r) => r.id);
  }

  /** Sets the case number of documents of one source, in one statement; unchanged rows are not written. */
  async setCaseNumbers(em: EntityManager, source: string, numbers: { externalId: string; caseNumber: string }[]): Promise<void> {
    if (numbers.length === 0) return;
    await em.query(
      `UPDATE document d SET case_number = n.case_number
       FROM unnest($2::text[], $3::text[]) AS n(external_id, case_number)
       WHERE d.source = $1 AND d.external_id = n.external_id AND d.case_number IS DISTINCT FROM n.case_number`,
      [source, numbers.map((n) => n.externalId), numbers.map((n) => n.caseNumber)],
    );
  }

  /** Per document whether its file was read (clears an earlier failure) or failed again (counted, with its reason). */
  async recordResourceOutcomes(em: EntityManager, source: string, outcomes: ResourceOutcome[]): Promise<void> {
    const read = outcomes.filter((o) => o.error === null).map((o) => o.externalId);
    const failed = outcomes.filter((o) => o.error !== null);
    if (read.length > 0) {
      await em.query(
        `UPDATE document SET resource_error = NULL, resource_attempts = 0, resource_unreadable_version = NULL
         WHERE source = $1 AND external_id = ANY($2::text[]) AND resource_error IS NOT NULL`,
        [source, read],
      );
    }
    if (failed.length === 0) return;
    await em.query(
      `UPDATE document d SET resource_error = f.error, resource_attempts = d.resource_attempts + 1, resource_unreadable_version = f.version
       FROM unnest($2::text[], $3::text[], $4::text[]) AS f(external_id, error, version) WHERE d.source = $1 AND d.external_id = f.external_id`,
      [source, failed.map((o) => o.externalId), failed.map((o) => (o.error ?? '').slice(0, 1000)), failed.map((o) => o.unreadableVersion)],
    );
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
