import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DocumentKind } from '../../documents/document.entity';
import type { ChainLink } from './question-chain';
import { dossierNumberOf, TkActorRecord, TkDocumentRecord, TkDocumentVersionRecord, TkDossierRecord, TkZaakRecord } from './tk-mapping';

export interface TkActorRow {
  subjectType: 'document' | 'zaak';
  name: string | null;
  function: string | null;
  relation: string | null;
}

/**
 * The TK sync's own tables (cursors, cases, actors, document versions, document–case links) and
 * what it reads of stored documents. Documents and commitments are written by their own repositories.
 */
@Injectable()
export class TkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async cursorOf(source: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(`SELECT cursor FROM sync_state WHERE source = $1`, [source])) as { cursor: string }[];
    return row?.cursor ?? null;
  }

  async saveCursor(em: EntityManager, source: string, cursor: string): Promise<void> {
    await em.query(
      `INSERT INTO sync_state (source, cursor, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (source) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()`,
      [source, cursor],
    );
  }

  /** Upserts cases; `rows` must hold each id once (the caller keeps the last version). */
  async upsertZaken(em: EntityManager, rows: TkZaakRecord[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO tk_zaak (id, number, kind, title, started_on, deleted)
       SELECT r.*, false FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::date[]) AS r
       ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number, kind = EXCLUDED.kind, title = EXCLUDED.title,
         started_on = EXCLUDED.started_on, deleted = false`,
      [rows.map((r) => r.id), rows.map((r) => r.number), rows.map((r) => r.kind), rows.map((r) => r.title), rows.map((r) => r.startedOn)],
    );
  }

  async markZakenDeleted(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await em.query(`UPDATE tk_zaak SET deleted = true WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async upsertActors(em: EntityManager, rows: TkActorRecord[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO tk_actor (id, subject_type, subject_tk_id, name, function, relation, party, person_tk_id, deleted)
       SELECT r.*, false FROM unnest($1::uuid[], $2::tk_actor_subject[], $3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[],
         $7::varchar[], $8::uuid[]) AS r
       ON CONFLICT (id) DO UPDATE SET subject_type = EXCLUDED.subject_type, subject_tk_id = EXCLUDED.subject_tk_id,
         name = EXCLUDED.name, function = EXCLUDED.function, relation = EXCLUDED.relation, party = EXCLUDED.party,
         person_tk_id = EXCLUDED.person_tk_id, deleted = false`,
      [
        rows.map((r) => r.id), rows.map((r) => r.subjectType), rows.map((r) => r.subjectTkId), rows.map((r) => r.name),
        rows.map((r) => r.function), rows.map((r) => r.relation), rows.map((r) => r.party), rows.map((r) => r.personTkId),
      ],
    );
  }

  async markActorsDeleted(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await em.query(`UPDATE tk_actor SET deleted = true WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * The people on each document and on its cases (signatories, and to whom the questions were put),
   * for a chunk of documents in one query.
   */
  async actorsOfDocuments(documents: { tkId: string; zaakIds: string[] }[]): Promise<Map<string, TkActorRow[]>> {
    const subjects = [...new Set(documents.flatMap((d) => [d.tkId, ...d.zaakIds]))];
    const rows = subjects.length === 0 ? [] : ((await this.dataSource.query(
      `SELECT subject_tk_id AS "subjectTkId", subject_type AS "subjectType", name, function, relation FROM tk_actor
       WHERE deleted = false AND subject_tk_id = ANY($1::uuid[])
       ORDER BY subject_type, relation, name`,
      [subjects],
    )) as (TkActorRow & { subjectTkId: string })[]);
    return new Map(
      documents.map((d) => {
        const own = new Set([d.tkId, ...d.zaakIds]);
        const actors = rows.filter((r) => own.has(r.subjectTkId)).map(({ subjectTkId: _, ...actor }) => actor);
        return [d.tkId, actors];
      }),
    );
  }

  /** Per document the first number of its cases (in the database's order), for a chunk in one query. */
  async caseNumbersOf(documents: { tkId: string; zaakIds: string[] }[]): Promise<Map<string, string>> {
    const pairs = documents.flatMap((d) => d.zaakIds.map((z) => [d.tkId, z] as const));
    if (pairs.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT p.document_tk_id AS "tkId", min(z.number) AS number
       FROM unnest($1::uuid[], $2::uuid[]) AS p(document_tk_id, zaak_tk_id) JOIN tk_zaak z ON z.id = p.zaak_tk_id
       WHERE z.number IS NOT NULL GROUP BY p.document_tk_id`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    )) as { tkId: string; number: string }[];
    return new Map(rows.map((r) => [r.tkId, r.number]));
  }

  /** Replaces the cases of each document (a chunk at once) and copies case numbers onto them. */
  async replaceDocumentZaken(em: EntityManager, documents: { tkId: string; zaakIds: string[] }[]): Promise<void> {
    if (documents.length === 0) return;
    const tkIds = documents.map((d) => d.tkId);
    const pairs = documents.flatMap((d) => d.zaakIds.map((z) => [d.tkId, z] as const));
    const pairDocs = pairs.map((p) => p[0]);
    const pairZaken = pairs.map((p) => p[1]);
    await em.query(
      `DELETE FROM tk_document_zaak dz WHERE dz.document_tk_id = ANY($1::uuid[])
         AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::uuid[]) AS p(d, z) WHERE p.d = dz.document_tk_id AND p.z = dz.zaak_tk_id)`,
      [tkIds, pairDocs, pairZaken],
    );
    if (pairs.length === 0) return;
    await em.query(
      `INSERT INTO tk_document_zaak (document_tk_id, zaak_tk_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [pairDocs, pairZaken],
    );
  }

  /**
   * The case number each stored document of these cases (or these documents) should carry: the
   * lowest of its cases, the same rule as `caseNumbersOf`, so a document in several cases keeps one
   * number instead of changing on every sync.
   */
  async caseNumbersToCopy(em: EntityManager, scope: { zaakIds?: string[]; documentTkIds?: string[] }): Promise<{ externalId: string; caseNumber: string }[]> {
    return (await em.query(
      `SELECT dz.document_tk_id::text AS "externalId", min(z.number) AS "caseNumber"
       FROM tk_document_zaak dz JOIN tk_zaak z ON z.id = dz.zaak_tk_id
       WHERE z.number IS NOT NULL AND dz.document_tk_id IN (
         SELECT s.document_tk_id FROM tk_document_zaak s WHERE s.zaak_tk_id = ANY($1::uuid[]) OR s.document_tk_id = ANY($2::uuid[]))
       GROUP BY dz.document_tk_id`,
      [scope.zaakIds ?? [], scope.documentTkIds ?? []],
    )) as { externalId: string; caseNumber: string }[];
  }

  async upsertDossiers(em: EntityManager, rows: TkDossierRecord[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO tk_kamerstukdossier (id, number, addition, deleted)
       SELECT r.*, false FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS r
       ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number, addition = EXCLUDED.addition, deleted = false`,
      [rows.map((r) => r.id), rows.map((r) => r.number?.slice(0, 20) ?? null), rows.map((r) => r.addition?.slice(0, 20) ?? null)],
    );
  }

  async markDossiersDeleted(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await em.query(`UPDATE tk_kamerstukdossier SET deleted = true WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Per document the number ("35300-X") of the first of its Kamerstuk dossiers that is known, for a chunk in one query. */
  async dossierNumbersOf(documents: { tkId: string; dossierTkIds: string[] }[]): Promise<Map<string, string>> {
    const pairs = documents.flatMap((d) => d.dossierTkIds.slice(0, 1).map((k) => [d.tkId, k] as const));
    if (pairs.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT p.document_tk_id AS "tkId", k.number, k.addition
       FROM unnest($1::uuid[], $2::uuid[]) AS p(document_tk_id, dossier_tk_id) JOIN tk_kamerstukdossier k ON k.id = p.dossier_tk_id
       WHERE NOT k.deleted AND k.number IS NOT NULL`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    )) as { tkId: string; number: string; addition: string | null }[];
    return new Map(rows.map((r) => [r.tkId, dossierNumberOf(r)!]));
  }

  /** Upserts document versions (each id once); only what names a publication is kept. */
  async upsertDocumentVersions(em: EntityManager, rows: TkDocumentVersionRecord[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO tk_document_versie (id, document_tk_id, external_identifier, version_number, deleted)
       SELECT r.*, false FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::int[]) AS r
       ON CONFLICT (id) DO UPDATE SET document_tk_id = EXCLUDED.document_tk_id, external_identifier = EXCLUDED.external_identifier,
         version_number = EXCLUDED.version_number, deleted = false`,
      [rows.map((r) => r.id), rows.map((r) => r.documentTkId), rows.map((r) => r.externalIdentifier?.slice(0, 100) ?? null), rows.map((r) => r.versionNumber)],
    );
  }

  async markDocumentVersionsDeleted(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await em.query(`UPDATE tk_document_versie SET deleted = true WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Per document the ExterneIdentifier of its current version (`huidigeDocumentVersie`), else of
   * its highest-numbered version that has one; for a chunk in one query.
   */
  async externalIdentifiersOf(documents: { tkId: string; currentVersionTkId: string | null }[]): Promise<Map<string, string>> {
    if (documents.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (d.tk_id) d.tk_id AS "tkId", v.external_identifier AS "externalIdentifier"
       FROM unnest($1::uuid[], $2::uuid[]) AS d(tk_id, current_version)
       JOIN tk_document_versie v ON v.document_tk_id = d.tk_id AND v.deleted = false AND v.external_identifier IS NOT NULL
       ORDER BY d.tk_id, (v.id = d.current_version) DESC, v.version_number DESC NULLS LAST`,
      [documents.map((d) => d.tkId), documents.map((d) => d.currentVersionTkId)],
    )) as { tkId: string; externalIdentifier: string }[];
    return new Map(rows.map((r) => [r.tkId, r.externalIdentifier]));
  }

  /** Stored TK documents whose file is known to be unreadable, with the entity version it failed at. */
  async unreadableVersionsOf(documentTkIds: string[]): Promise<Map<string, { version: string; reason: string }>> {
    if (documentTkIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT external_id, resource_unreadable_version AS version, resource_error AS reason FROM document
       WHERE source = 'tk' AND external_id = ANY($1::text[]) AND resource_unreadable_version IS NOT NULL`,
      [documentTkIds],
    )) as { external_id: string; version: string; reason: string }[];
    return new Map(rows.map((r) => [r.external_id, { version: r.version, reason: r.reason }]));
  }

  async storedTextsOf(documentTkIds: string[]): Promise<Map<string, string>> {
    if (documentTkIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT external_id, text FROM document WHERE source = 'tk' AND external_id = ANY($1::text[])`, [
      documentTkIds,
    ])) as { external_id: string; text: string }[];
    return new Map(rows.map((r) => [r.external_id, r.text]));
  }







  /** TK documents whose file failed in a way that may pass (not unreadable), to retry at the start of a sync. */
  async documentsWithFailedResource(maxAttempts: number, limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT external_id FROM document WHERE source = 'tk' AND deleted = false AND resource_error IS NOT NULL
         AND resource_unreadable_version IS NULL AND resource_attempts < $1 ORDER BY updated_at LIMIT $2`,
      [maxAttempts, limit],
    )) as { external_id: string }[];
    return rows.map((r) => r.external_id);
  }

  /** Stored TK documents as feed records, to fetch their files again. */
  async documentRecordsOf(tkIds: string[]): Promise<TkDocumentRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT d.external_id, d.kind, d.number, d.title, to_char(d.date, 'YYYY-MM-DD') AS date, d.session_year, d.appendix_number,
         d.kamerstuk_dossier, d.kamerstuk_number,
         coalesce(array_agg(dz.zaak_tk_id::text) FILTER (WHERE dz.zaak_tk_id IS NOT NULL), '{}') AS zaak_ids
       FROM document d LEFT JOIN tk_document_zaak dz ON dz.document_tk_id::text = d.external_id
       WHERE d.source = 'tk' AND d.external_id = ANY($1::text[])
       GROUP BY d.id`,
      [tkIds],
    )) as {
      external_id: string; kind: DocumentKind; number: string | null; title: string | null; date: string | null;
      session_year: string | null; appendix_number: string | null; kamerstuk_dossier: string | null; kamerstuk_number: string | null;
      zaak_ids: string[];
    }[];
    return rows.map((r) => ({
      tkId: r.external_id, kind: r.kind, number: r.number, title: r.title, date: r.date, sessionYear: r.session_year,
      appendixNumber: r.appendix_number, zaakIds: r.zaak_ids, needsFile: r.kind !== 'questions',
      contentType: null, version: null, currentVersionTkId: null, dossierTkIds: [], sequenceNumber: null,
      storedKamerstuk: { dossier: r.kamerstuk_dossier, number: r.kamerstuk_number },
    }));
  }

  /** Every stored document sharing a TK case with the given document, oldest first. */
  async chainOf(documentId: string): Promise<ChainLink[]> {
    return (await this.dataSource.query(
      `WITH cases AS (
         SELECT dz.zaak_tk_id FROM document d JOIN tk_document_zaak dz ON dz.document_tk_id::text = d.external_id
         WHERE d.id = $1 AND d.source = 'tk'
       )
       SELECT DISTINCT d.id, d.kind, d.number, to_char(d.date, 'YYYY-MM-DD') AS date, d.title, d.case_number AS "caseNumber"
       FROM tk_document_zaak dz JOIN cases c ON c.zaak_tk_id = dz.zaak_tk_id
       JOIN document d ON d.source = 'tk' AND d.external_id = dz.document_tk_id::text
       WHERE d.deleted = false
       ORDER BY date NULLS LAST, d.number`,
      [documentId],
    )) as ChainLink[];
  }
}
