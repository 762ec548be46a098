import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CommitmentStatus } from '../../commitments/commitment.entity';
import type { NewCommitment } from '../../commitments/commitments.repository';
import type { DocumentKind } from '../../documents/document.entity';
import type { ChainLink } from './question-chain';
import type { TkActorRecord, TkDocumentRecord, TkZaakRecord } from './tk-mapping';

export interface TkActorRow {
  subjectType: 'document' | 'zaak';
  name: string | null;
  function: string | null;
  relation: string | null;
}

/** All SQL of the TK sync: cursors, cases, actors, withdrawals and the commitment register. */
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
    await this.fillCaseNumbers(em, { zaakIds: rows.map((r) => r.id) });
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
    await this.fillCaseNumbers(em, { documentTkIds: tkIds });
  }

  /**
   * Copies the case number onto stored documents once both the document and its case are known:
   * the lowest of its cases, the same rule as `caseNumbersOf`, so a document in several cases keeps
   * one number instead of changing on every sync.
   */
  private async fillCaseNumbers(em: EntityManager, scope: { zaakIds?: string[]; documentTkIds?: string[] }): Promise<void> {
    await em.query(
      `UPDATE document d SET case_number = c.number
       FROM (SELECT dz.document_tk_id, min(z.number) AS number
             FROM tk_document_zaak dz JOIN tk_zaak z ON z.id = dz.zaak_tk_id
             WHERE z.number IS NOT NULL AND dz.document_tk_id IN (
               SELECT s.document_tk_id FROM tk_document_zaak s WHERE s.zaak_tk_id = ANY($1::uuid[]) OR s.document_tk_id = ANY($2::uuid[]))
             GROUP BY dz.document_tk_id) c
       WHERE d.source = 'tk' AND d.external_id = c.document_tk_id::text AND d.case_number IS DISTINCT FROM c.number`,
      [scope.zaakIds ?? [], scope.documentTkIds ?? []],
    );
  }

  async storedTextsOf(documentTkIds: string[]): Promise<Map<string, string>> {
    if (documentTkIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT external_id, text FROM document WHERE source = 'tk' AND external_id = ANY($1::text[])`, [
      documentTkIds,
    ])) as { external_id: string; text: string }[];
    return new Map(rows.map((r) => [r.external_id, r.text]));
  }

  /** TK documents withdrawn at the source: hidden, and their commitments flagged (never removed). Returns those hidden now. */
  async markDocumentsDeleted(em: EntityManager, documentTkIds: string[]): Promise<Set<string>> {
    if (documentTkIds.length === 0) return new Set();
    const rows = (await em.query(
      `UPDATE document SET deleted = true, updated_at = now() WHERE source = 'tk' AND external_id = ANY($1::text[]) AND deleted = false
       RETURNING id, external_id`,
      [documentTkIds],
    )) as [{ id: string; external_id: string }[], number];
    const ids = rows[0].map((r) => r.id);
    if (ids.length > 0) await em.query(`UPDATE commitment SET withdrawn = true WHERE document_id = ANY($1::uuid[])`, [ids]);
    return new Set(rows[0].map((r) => r.external_id));
  }

  async markDocumentsRestored(em: EntityManager, documentTkIds: string[]): Promise<void> {
    if (documentTkIds.length === 0) return;
    const rows = (await em.query(
      `UPDATE document SET deleted = false WHERE source = 'tk' AND external_id = ANY($1::text[]) AND deleted = true RETURNING id`,
      [documentTkIds],
    )) as [{ id: string }[], number];
    const ids = rows[0].map((r) => r.id);
    if (ids.length > 0) await em.query(`UPDATE commitment SET withdrawn = false WHERE document_id = ANY($1::uuid[])`, [ids]);
  }

  /** Per document whether its file was read (clears an earlier failure) or failed again (counted). */
  async recordResourceOutcomes(em: EntityManager, outcomes: { tkId: string; error: string | null }[]): Promise<void> {
    const read = outcomes.filter((o) => o.error === null).map((o) => o.tkId);
    const failed = outcomes.filter((o) => o.error !== null);
    if (read.length > 0) {
      await em.query(
        `UPDATE document SET resource_error = NULL, resource_attempts = 0
         WHERE source = 'tk' AND external_id = ANY($1::text[]) AND resource_error IS NOT NULL`,
        [read],
      );
    }
    if (failed.length > 0) {
      await em.query(
        `UPDATE document d SET resource_error = f.error, resource_attempts = d.resource_attempts + 1
         FROM unnest($1::text[], $2::text[]) AS f(external_id, error) WHERE d.source = 'tk' AND d.external_id = f.external_id`,
        [failed.map((o) => o.tkId), failed.map((o) => (o.error ?? '').slice(0, 1000))],
      );
    }
  }

  /** TK documents whose file could not be read yet, to retry at the start of a sync. */
  async documentsWithFailedResource(maxAttempts: number, limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT external_id FROM document WHERE source = 'tk' AND deleted = false AND resource_error IS NOT NULL
         AND resource_attempts < $1 ORDER BY updated_at LIMIT $2`,
      [maxAttempts, limit],
    )) as { external_id: string }[];
    return rows.map((r) => r.external_id);
  }

  /** Stored TK documents as feed records, to fetch their files again. */
  async documentRecordsOf(tkIds: string[]): Promise<TkDocumentRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT d.external_id, d.kind, d.number, d.title, to_char(d.date, 'YYYY-MM-DD') AS date, d.session_year, d.appendix_number,
         coalesce(array_agg(dz.zaak_tk_id::text) FILTER (WHERE dz.zaak_tk_id IS NOT NULL), '{}') AS zaak_ids
       FROM document d LEFT JOIN tk_document_zaak dz ON dz.document_tk_id::text = d.external_id
       WHERE d.source = 'tk' AND d.external_id = ANY($1::text[])
       GROUP BY d.id`,
      [tkIds],
    )) as {
      external_id: string; kind: DocumentKind; number: string | null; title: string | null; date: string | null;
      session_year: string | null; appendix_number: string | null; zaak_ids: string[];
    }[];
    return rows.map((r) => ({
      tkId: r.external_id, kind: r.kind, number: r.number, title: r.title, date: r.date, sessionYear: r.session_year,
      appendixNumber: r.appendix_number, zaakIds: r.zaak_ids, needsFile: r.kind !== 'questions',
      contentType: null, version: null, currentVersionTkId: null, dossierTkIds: [], sequenceNumber: null,
    }));
  }

  /** Creates or updates the commitment of one register entry; reports what changed. */
  async upsertRegisterCommitment(
    em: EntityManager,
    commitment: NewCommitment & { fulfillingLetter: string | null; fulfilledAt: Date | null },
  ): Promise<{ id: string; created: boolean; previousStatus: CommitmentStatus | null }> {
    const [previous] = (await em.query(`SELECT id, status FROM commitment WHERE fingerprint = $1 FOR UPDATE`, [commitment.fingerprint])) as {
      id: string;
      status: CommitmentStatus;
    }[];
    const values = [
      commitment.quote, commitment.kind, commitment.ownerRole, commitment.ownerName, commitment.ministry, commitment.due,
      commitment.dueSource, commitment.dueExplanation, commitment.effectiveDue, commitment.recurring, commitment.status,
      commitment.rawStatus, commitment.externalRef ?? null, commitment.fulfillingLetter, commitment.fulfilledAt, commitment.fingerprint,
    ];
    if (previous) {
      await em.query(
        `UPDATE commitment SET quote = $1, kind = $2, owner_role = $3, owner_name = $4, ministry = $5, due = $6, due_source = $7,
           due_explanation = $8, effective_due = $9, recurring = $10, status = $11, raw_status = $12, external_ref = $13,
           fulfilling_letter = $14, fulfilled_at = $15, withdrawn = false,
           fulfilling_document_id = CASE WHEN fulfilling_letter IS DISTINCT FROM $14 THEN NULL ELSE fulfilling_document_id END,
           updated_at = now()
         WHERE fingerprint = $16
           AND (quote, kind, owner_role, owner_name, ministry, due, due_source, due_explanation, effective_due, recurring, status,
                raw_status, external_ref, fulfilling_letter, fulfilled_at, withdrawn)
               IS DISTINCT FROM ($1, $2::commitment_kind, $3, $4, $5, $6::date, $7::due_source, $8, $9::date, $10, $11::commitment_status,
                $12, $13, $14, $15::timestamptz, false)`,
        values,
      );
      return { id: previous.id, created: false, previousStatus: previous.status };
    }
    const [row] = (await em.query(
      `INSERT INTO commitment (quote, kind, owner_role, owner_name, ministry, due, due_source, due_explanation, effective_due, recurring,
         status, raw_status, external_ref, fulfilling_letter, fulfilled_at, fingerprint, confidence, origin, document_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 'tk_register', NULL)
       RETURNING id`,
      [...values, commitment.confidence],
    )) as { id: string }[];
    return { id: row.id, created: true, previousStatus: null };
  }

  async withdrawRegisterCommitment(em: EntityManager, fingerprint: string): Promise<void> {
    await em.query(`UPDATE commitment SET withdrawn = true WHERE fingerprint = $1 AND withdrawn = false`, [fingerprint]);
  }

  /** Links register commitments to the letter that kept them, once that letter is stored. */
  async linkRegisterLetters(em: EntityManager, letterNumbers?: string[]): Promise<number> {
    const result = (await em.query(
      `UPDATE commitment c SET fulfilling_document_id = d.id
       FROM document d
       WHERE c.origin = 'tk_register' AND c.fulfilling_document_id IS NULL AND c.fulfilling_letter IS NOT NULL
         AND d.deleted = false AND d.number = split_part(c.fulfilling_letter, ',', 1)
         AND ($1::text[] IS NULL OR d.number = ANY($1::text[]))`,
      [letterNumbers ?? null],
    )) as [unknown, number];
    return result[1];
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
