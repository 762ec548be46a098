import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Citations } from './domain/citations';
import type { PromiseFacts } from './domain/repeats';
import type { CandidateScore } from './domain/score';
import { CandidateStatus, FulfilmentCandidate } from './fulfilment-candidate.entity';

/** An open commitment with what the matcher needs about its source, and its topic overlap with the letter. */
export interface CandidateRow {
  id: string;
  /** `candidate`: found by the extractor with low confidence, awaiting an editor; suggested, never linked automatically. */
  status: string;
  quote: string;
  vehicle: string | null;
  answerLabel: string | null;
  ministry: string | null;
  ownerRole: string | null;
  deadlinePhrase: string | null;
  /** The TK register number (TZ…) of a register commitment. */
  externalRef: string | null;
  documentId: string | null;
  number: string | null;
  appendixNumber: string | null;
  sessionYear: string | null;
  caseNumber: string | null;
  kamerstukDossier: string | null;
  kamerstukNumber: string | null;
  title: string | null;
  date: string | null;
  head: string | null;
  topic: number;
}

/** What a letter names that the database has to look up: the letter's ministry family for letters cited by date. */
export interface CitationLookup {
  citations: Citations;
  ministryFamily: string[];
}

export interface SuggestionRow {
  id: string;
  score: number;
  explicitCitation: boolean;
  partial: boolean;
  reasons: { kind: string; phrase: string; weight: number }[];
  status: CandidateStatus;
  decidedBy: string | null;
  createdAt: Date;
  commitmentId: string;
  quote: string;
  commitmentStatus: string;
  ownerRole: string | null;
  ministry: string | null;
  vehicle: string | null;
  sourceDate: string | null;
  documentId: string;
  letterNumber: string | null;
  letterTitle: string | null;
  letterDate: string | null;
  letterUrl: string | null;
}

// Topic: the share of a commitment's Dutch lexemes (quote + vehicle) that the letter contains.
// The stored to_tsvector('dutch', quote || ' ' || vehicle), with its GIN index IDX_commitment_search_vector.
const COMMITMENT_VECTOR = 'c.search_vector';
const MAX_CANDIDATES = 300;
/** Share of stored commitments a word must reach to count as common (see openCandidates). */
const COMMON_WORD_SHARE = 0.01;
/** A common word is also in at least this many commitments: among a few dozen, every word reaches the share. */
const COMMON_WORD_MIN_ROWS = 5;

@Injectable()
export class FulfilmentCandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Documents a letter names: by TK number, case number, Aanhangsel number, Kamerstuk, or by date
   * ("mijn brief van 1 september jl.", only letters of the same ministry family).
   */
  async citedDocumentIds({ citations, ministryFamily }: CitationLookup, exceptId: string): Promise<string[]> {
    const appendixNumbers = citations.appendix.map((a) => a.number);
    const appendixSessions = citations.appendix.map((a) => a.session ?? '');
    const dates = ministryFamily.length > 0 ? citations.datedLetters.map((d) => d.date) : [];
    const lookups = citations.documentNumbers.length + citations.caseNumbers.length + appendixNumbers.length + citations.kamerstukken.length + dates.length;
    if (lookups === 0) return [];
    // One lookup per kind, each on its own index, instead of one OR that reads every document.
    const rows = (await this.dataSource.query(
      `SELECT d.id FROM document d WHERE d.number = ANY($2::text[]) AND d.id <> $1 AND NOT d.deleted
       UNION
       SELECT d.id FROM document d WHERE d.case_number = ANY($3::text[]) AND d.id <> $1 AND NOT d.deleted
       UNION
       SELECT d.id FROM document d JOIN unnest($4::text[], $5::text[]) AS a(number, session)
         ON substring(d.appendix_number from '(\\d+)$') = a.number AND (a.session = '' OR d.session_year IS NULL OR d.session_year = a.session)
       WHERE cardinality($4::text[]) > 0 AND d.id <> $1 AND NOT d.deleted
       UNION
       SELECT d.id FROM document d JOIN unnest($6::text[], $7::text[]) AS k(dossier, number)
         ON d.kamerstuk_dossier = k.dossier AND d.kamerstuk_number = k.number
       WHERE d.id <> $1 AND NOT d.deleted
       UNION
       SELECT d.id FROM document d WHERE d.date = ANY($8::date[]) AND lower(d.ministry) = ANY($9::text[]) AND d.id <> $1 AND NOT d.deleted`,
      [
        exceptId, citations.documentNumbers, citations.caseNumbers, appendixNumbers, appendixSessions,
        citations.kamerstukken.map((k) => k.dossier), citations.kamerstukken.map((k) => k.number), dates, ministryFamily,
      ],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Documents of the given Kamerstuk dossiers (a weak signal: same dossier, never proof), newest first. */
  async dossierDocumentIds(dossiers: string[], exceptId: string, limit = 50): Promise<string[]> {
    if (dossiers.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT d.id FROM document d WHERE d.kamerstuk_dossier = ANY($2::text[]) AND d.id <> $1 AND NOT d.deleted
       ORDER BY d.date DESC NULLS LAST LIMIT $3`,
      [exceptId, dossiers, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * Open (or partly kept) commitments a letter may keep: those of the documents it cites, and those
   * sharing a word with it that is not common among commitments (Dutch full-text; common after the
   * planner's statistics of the stored vectors: a word in COMMON_WORD_SHARE of them or more). A
   * promise that shares only common words ("Kamer", "informeren", "voortgang") with a letter says
   * nothing about it, and leaving those out keeps a letter from scanning every open promise. Best
   * topic overlap (the share of the promise's words the letter contains) first; never the letter's own.
   */
  async openCandidates(
    letter: { id: string; text: string; date: string | null },
    citedDocumentIds: string[],
    dossierDocumentIds: string[] = [],
  ): Promise<CandidateRow[]> {
    return (await this.dataSource.query(
      `WITH letter AS (SELECT strip(to_tsvector('dutch', $1)) AS vector),
       common AS (
         SELECT coalesce(array_agg(e.lexeme), '{}') AS lexemes
         FROM pg_stats s CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, share)
         WHERE s.schemaname = current_schema() AND s.tablename = 'commitment' AND s.attname = 'search_vector'
           AND e.lexeme IS NOT NULL
           AND e.share >= greatest($5, ${COMMON_WORD_MIN_ROWS} / greatest((SELECT reltuples FROM pg_class WHERE oid = 'commitment'::regclass), 1))),
       words AS (
         SELECT tsvector_to_array(letter.vector) AS all_words,
                -- Any of the rare words, each quoted as a lexeme so it is not parsed again.
                (SELECT string_agg(quote_literal(w), ' | ') FROM unnest(tsvector_to_array(ts_delete(letter.vector, common.lexemes))) AS w
                 WHERE position(E'\\\\' IN w) = 0)::tsquery AS rare_any
         FROM letter, common)
       SELECT c.id, c.status, c.quote, c.vehicle, c.answer_label AS "answerLabel", c.ministry, c.owner_role AS "ownerRole",
              c.deadline_phrase AS "deadlinePhrase", c.external_ref AS "externalRef",
              d.id AS "documentId", d.number, d.appendix_number AS "appendixNumber", d.session_year AS "sessionYear",
              d.case_number AS "caseNumber", d.kamerstuk_dossier AS "kamerstukDossier", d.kamerstuk_number AS "kamerstukNumber", d.title, to_char(d.date, 'YYYY-MM-DD') AS date, left(d.text, 3000) AS head,
              coalesce(1 - length(ts_delete(${COMMITMENT_VECTOR}, words.all_words))::float / nullif(length(${COMMITMENT_VECTOR}), 0), 0) AS topic
       FROM (SELECT id FROM commitment WHERE document_id = ANY($4::uuid[]) OR document_id = ANY($6::uuid[])
             UNION
             -- Its own statement so the GIN index answers it: the cost follows the matches, not the table.
             SELECT id FROM commitment WHERE search_vector @@ (SELECT rare_any FROM words)) matched
       JOIN commitment c ON c.id = matched.id
       LEFT JOIN document d ON d.id = c.document_id
       CROSS JOIN words
       WHERE c.status IN ('open', 'partially_fulfilled', 'candidate')
         AND c.document_id IS DISTINCT FROM $2
         AND (d.id IS NULL OR NOT d.deleted)
         AND ($3::date IS NULL OR d.date IS NULL OR d.date <= $3::date)
       ORDER BY c.document_id = ANY($4::uuid[]) DESC, topic DESC, c.id
       LIMIT ${MAX_CANDIDATES}`,
      [letter.text, letter.id, letter.date, citedDocumentIds, COMMON_WORD_SHARE, dossierDocumentIds],
    )) as CandidateRow[];
  }

  /** Stores scored candidates in one statement; a re-scored pair still awaiting review gets the new score. Ids by commitment. */
  async saveCandidates(em: EntityManager, documentId: string, scores: CandidateScore[]): Promise<Map<string, string>> {
    if (scores.length === 0) return new Map();
    const rows = (await em.query(
      `INSERT INTO fulfilment_candidate (commitment_id, document_id, score, explicit_citation, partial, reasons)
       SELECT s.commitment_id, $1, s.score, s.explicit_citation, s.partial, s.reasons
       FROM unnest($2::uuid[], $3::float8[], $4::boolean[], $5::boolean[], $6::jsonb[]) AS s(commitment_id, score, explicit_citation, partial, reasons)
       ON CONFLICT (commitment_id, document_id) DO UPDATE
         SET score = EXCLUDED.score, explicit_citation = EXCLUDED.explicit_citation, partial = EXCLUDED.partial, reasons = EXCLUDED.reasons
         WHERE fulfilment_candidate.status = 'suggested'
       RETURNING id, commitment_id AS "commitmentId"`,
      [
        documentId, scores.map((s) => s.commitmentId), scores.map((s) => s.score), scores.map((s) => s.explicitCitation),
        scores.map((s) => s.partial), scores.map((s) => JSON.stringify(s.reasons)),
      ],
    )) as { id: string; commitmentId: string }[];
    return new Map(rows.map((r) => [r.commitmentId, r.id]));
  }

  async markDecided(em: EntityManager, id: string, status: CandidateStatus, by: string, at: Date): Promise<void> {
    await em.query(`UPDATE fulfilment_candidate SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1`, [id, status, by, at]);
  }

  lockById(em: EntityManager, id: string): Promise<FulfilmentCandidate | null> {
    return em.findOne(FulfilmentCandidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The auto link that closed a commitment, if it still stands. */
  async autoLinkOf(em: EntityManager, commitmentId: string): Promise<FulfilmentCandidate | null> {
    return em.findOne(FulfilmentCandidate, { where: { commitmentId, status: 'auto_linked' }, order: { createdAt: 'DESC' } });
  }

  /** The review queue (or another status), highest score first. */
  async listByStatus(status: CandidateStatus, page: number, pageSize: number): Promise<{ items: SuggestionRow[]; total: number }> {
    return this.listWhere('fc.status = $1', [status], page, pageSize);
  }

  async listForCommitment(commitmentId: string): Promise<SuggestionRow[]> {
    return (await this.listWhere('fc.commitment_id = $1', [commitmentId], 1, 50)).items;
  }

  async findRow(id: string): Promise<SuggestionRow | null> {
    return (await this.listWhere('fc.id = $1', [id], 1, 1)).items[0] ?? null;
  }

  private async listWhere(where: string, params: unknown[], page: number, pageSize: number) {
    const n = params.length;
    const items = (await this.dataSource.query(
      `SELECT fc.id, fc.score, fc.explicit_citation AS "explicitCitation", fc.partial, fc.reasons, fc.status,
              fc.decided_by AS "decidedBy", fc.created_at AS "createdAt",
              c.id AS "commitmentId", c.quote, c.status AS "commitmentStatus", c.owner_role AS "ownerRole", c.ministry, c.vehicle,
              to_char(src.date, 'YYYY-MM-DD') AS "sourceDate",
              l.id AS "documentId", l.number AS "letterNumber", l.title AS "letterTitle",
              to_char(l.date, 'YYYY-MM-DD') AS "letterDate", l.url AS "letterUrl"
       FROM fulfilment_candidate fc
       JOIN commitment c ON c.id = fc.commitment_id
       LEFT JOIN document src ON src.id = c.document_id
       JOIN document l ON l.id = fc.document_id
       WHERE ${where}
       ORDER BY fc.score DESC, fc.created_at DESC, fc.id
       LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    )) as SuggestionRow[];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM fulfilment_candidate fc WHERE ${where}`,
      params,
    )) as { total: number }[];
    return { items, total };
  }

  /**
   * Open promises with a named vehicle in the given ministries (lower-case names), newest document
   * first: what a new promise may restate. At most `perMinistry` of each ministry.
   */
  async openPromisesWithVehicle(ministries: string[], perMinistry = 500): Promise<PromiseFacts[]> {
    if (ministries.length === 0) return [];
    return (await this.dataSource.query(
      `SELECT o.id, o."ownerRole", o.ministry, o.vehicle, o.quote, o."documentId", to_char(o.date, 'YYYY-MM-DD') AS "documentDate"
       FROM unnest($1::text[]) AS m(name)
       CROSS JOIN LATERAL (
         SELECT c.id, c.owner_role AS "ownerRole", c.ministry, c.vehicle, c.quote, c.document_id AS "documentId", d.date
         FROM commitment c LEFT JOIN document d ON d.id = c.document_id
         WHERE c.status = 'open' AND c.vehicle IS NOT NULL AND c.repeats_commitment_id IS NULL AND lower(c.ministry) = m.name
         ORDER BY d.date DESC NULLS LAST LIMIT $2) o
       ORDER BY o.date DESC NULLS LAST, o.id`,
      [ministries, perMinistry],
    )) as PromiseFacts[];
  }

  async promiseFacts(ids: string[]): Promise<PromiseFacts[]> {
    if (ids.length === 0) return [];
    return (await this.dataSource.query(
      `SELECT c.id, c.owner_role AS "ownerRole", c.ministry, c.vehicle, c.quote, c.document_id AS "documentId",
              to_char(d.date, 'YYYY-MM-DD') AS "documentDate"
       FROM commitment c LEFT JOIN document d ON d.id = c.document_id WHERE c.id = ANY($1::uuid[])`,
      [ids],
    )) as PromiseFacts[];
  }
}
