import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, Clock } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { CommitmentsRepository, NewCommitment } from '../commitments/commitments.repository';
import { analyseDocument, resolveDeadline } from '../extraction';
import type { DocumentAnalysis, ExtractedCommitment, Office } from '../extraction';
import type { Document, DocumentKind } from '../documents/document.entity';
import { DocumentImportHooks } from '../documents/document-import-hooks';
import { DocumentsRepository, NewDocument } from '../documents/documents.repository';
import { alsoStatedOf } from './also-stated';
import { commitmentFingerprint } from './commitment-fingerprint';

/** What the source knows about a document beyond its text (TK metadata); all optional. */
export interface DocumentMetadata {
  source: 'file' | 'tk';
  externalId?: string;
  number?: string | null;
  kind?: DocumentKind;
  title?: string | null;
  date?: string | null;
  sessionYear?: string | null;
  appendixNumber?: string | null;
  caseNumber?: string | null;
  /** Kamerstuk dossier with its part ("35300-X") and number ("61"), e.g. the SyncFeed's kamerstukdossier and volgnummer. */
  kamerstukDossier?: string | null;
  kamerstukNumber?: string | null;
  ministry?: string | null;
  authorRole?: string | null;
  authorName?: string | null;
  url?: string | null;
  /** Used where the text names no owner (or no ministry), e.g. the TK's own actor records. */
  ownerFallback?: Office | null;
}

/** A document read and analysed, ready to be stored inside a transaction of the caller's choosing. */
export interface PreparedImport {
  text: string;
  textHash: string;
  analysis: DocumentAnalysis;
  metadata: DocumentMetadata;
}

export interface ImportResult {
  document: Document;
  created: boolean;
  /** An existing document whose text or metadata changed (re-published at the source). */
  updated: boolean;
  /** Commitments stored for the first time by this import. */
  newCommitmentIds: string[];
  analysis: DocumentAnalysis;
  commitmentsCreated: number;
  commitmentsFound: number;
}

/** Interrupted documents taken up per round by resumeAfterImport, and the rounds at most per call. */
const RESUME_BATCH = 100;
const MAX_RESUME_ROUNDS = 50;

@Injectable()
export class DocumentImportService {
  private readonly logger = new Logger(DocumentImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly clock: Clock,
    private readonly documents: DocumentsRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly hooks: DocumentImportHooks,
  ) {}

  /**
   * Stores a document and the commitments found in it, in one transaction. Importing the same
   * text again changes nothing: documents are unique per source id, commitments per fingerprint.
   * When a source re-publishes a document under the same id, the row is updated, not duplicated.
   */
  async importText(text: string, metadata: DocumentMetadata, actor: string): Promise<ImportResult> {
    const prepared = this.prepare(text, metadata);
    const result = await this.dataSource.transaction((em) => this.store(em, prepared, actor));
    await this.afterCommit([result]);
    return result;
  }

  /**
   * The steps that react to new documents (fulfilment linking, deadline changes, repeats), run once
   * the import committed. Unchanged re-imports are no news: the steps ran the first time. The
   * import marked the news `afterImportPending`; the mark goes once the steps ran, so documents a
   * crash left in between are taken up by `resumeAfterImport`.
   */
  async afterCommit(results: ImportResult[]): Promise<void> {
    const news = results.filter(isNews).map(({ document, analysis, newCommitmentIds }) => ({ document, analysis, newCommitmentIds }));
    if (news.length === 0) return;
    await this.hooks.run(news);
    await this.documents.setAfterImportPending(this.dataSource.manager, news.map((n) => n.document.id), false);
  }

  /**
   * Runs the after-import steps of documents whose import committed but whose steps did not run (a
   * crash or kill in between); their new commitments are taken to be all that restate nothing yet.
   * Returns how many documents were taken up.
   */
  async resumeAfterImport(): Promise<number> {
    let resumed = 0;
    for (let round = 0; round < MAX_RESUME_ROUNDS; round++) {
      const pending = await this.documents.findAfterImportPending(RESUME_BATCH);
      if (pending.length === 0) break;
      const commitments = await this.commitments.notRestatingOf(pending.map((d) => d.id));
      const batch = pending.map((document) => ({
        document,
        analysis: analyseDocument(document.text, { received: document.date ?? undefined }),
        newCommitmentIds: commitments.get(document.id) ?? [],
      }));
      this.logger.warn(`resuming the after-import steps of ${pending.length} document(s) an earlier run left unfinished`);
      await this.hooks.run(batch);
      await this.documents.setAfterImportPending(this.dataSource.manager, pending.map((d) => d.id), false);
      resumed += pending.length;
    }
    return resumed;
  }

  /** The CPU part of an import (hashing, analysis), done outside any transaction. */
  prepare(text: string, metadata: DocumentMetadata): PreparedImport {
    const textHash = createHash('sha256').update(text).digest('hex');
    // below EXTRACTION_REVIEW_BELOW (an action: EXTRACTION_REVIEW_ACTIONS_BELOW) an extracted commitment is not published: it waits in the review queue as a `candidate`
    const analysis = analyseDocument(text, {
      received: metadata.date ?? undefined,
      reviewBelow: this.env.EXTRACTION_REVIEW_BELOW,
      reviewActionsBelow: this.env.EXTRACTION_REVIEW_ACTIONS_BELOW,
    });
    return { text, textHash, analysis, metadata };
  }

  /** Stores a prepared import inside the caller's transaction (e.g. with a sync cursor). */
  async store(em: EntityManager, prepared: PreparedImport, actor: string): Promise<ImportResult> {
    const [result] = await this.storeMany(em, [prepared], actor);
    return result;
  }

  /**
   * Stores prepared imports of one source inside the caller's transaction, with a few statements
   * for all of them (the TK sync stores a chunk at once). Each source id may occur once.
   */
  async storeMany(em: EntityManager, prepared: PreparedImport[], actor: string): Promise<ImportResult[]> {
    if (prepared.length === 0) return [];
    const source = prepared[0].metadata.source;
    const items = prepared.map((p) => {
      if (p.metadata.source !== source) throw new Error('storeMany: one source at a time');
      const externalId = p.metadata.externalId ?? p.textHash;
      return { prepared: p, fields: this.documentFrom(p.text, p.textHash, externalId, p.analysis, p.metadata) };
    });
    const ids = items.map((i) => i.fields.externalId);
    if (new Set(ids).size !== ids.length) throw new Error('storeMany: a document occurs twice');
    const existing = new Map((await this.documents.findBySourceIds(em, source, ids)).map((d) => [d.externalId, d]));

    const results: ImportResult[] = new Array(items.length);
    /** Documents whose commitments are (re)read: new ones, and stored ones with a new text. */
    const analysed: { index: number; document: Document }[] = [];
    const fresh: number[] = [];
    for (const [index, { prepared: p, fields }] of items.entries()) {
      const stored = existing.get(fields.externalId);
      const found = p.analysis.commitments.length;
      if (!stored) {
        fresh.push(index);
        continue;
      }
      const changes = changedFields(stored, fields);
      const document = { ...stored, ...changes };
      const updated = Object.keys(changes).length > 0;
      if (updated) await this.documents.update(em, stored.id, changes);
      if (changes.textHash) analysed.push({ index, document });
      results[index] = { document, created: false, updated, commitmentsCreated: 0, commitmentsFound: found, newCommitmentIds: [], analysis: p.analysis };
    }
    const inserted = await this.documents.insertMany(em, fresh.map((index) => items[index].fields));
    for (const [n, index] of fresh.entries()) {
      const { analysis } = items[index].prepared;
      const document = inserted[n];
      analysed.push({ index, document });
      results[index] = {
        document, created: true, updated: false, commitmentsCreated: 0, commitmentsFound: analysis.commitments.length, newCommitmentIds: [], analysis,
      };
    }

    analysed.sort((a, b) => a.index - b.index);
    await this.storeCommitments(em, analysed.map(({ index, document }) => ({ document, analysis: items[index].prepared.analysis, result: results[index] })), actor);
    for (const { index } of analysed) {
      const result = results[index];
      result.commitmentsCreated = result.newCommitmentIds.length;
      const verb = result.created ? 'imported' : 'updated';
      this.logger.log(`${verb} ${result.document.number ?? result.document.id}: ${result.commitmentsCreated} new commitment(s)`);
    }
    await this.documents.setAfterImportPending(em, results.filter(isNews).map((r) => r.document.id), true);
    return results;
  }

  private documentFrom(
    text: string,
    textHash: string,
    externalId: string,
    analysis: DocumentAnalysis,
    metadata: DocumentMetadata,
  ) {
    const header = analysis.header;
    const fallback = metadata.ownerFallback ?? null;
    const office = header.office ?? fallback;
    return {
      source: metadata.source,
      externalId,
      number: metadata.number ?? header.documentNumber ?? null,
      kind: metadata.kind ?? documentKindOf(header.kind),
      title: metadata.title ?? header.title ?? null,
      date: metadata.date ?? header.received ?? header.date ?? null,
      sessionYear: metadata.sessionYear ?? header.sessionYear ?? null,
      appendixNumber: metadata.appendixNumber ?? header.appendixNumber ?? null,
      caseNumber: metadata.caseNumber ?? header.caseNumber ?? null,
      ...kamerstukOf(metadata, header.kamerstuk),
      ministry: metadata.ministry ?? office?.ministry ?? fallback?.ministry ?? null,
      authorRole: metadata.authorRole ?? office?.role ?? null,
      authorName: metadata.authorName ?? office?.name ?? fallback?.name ?? null,
      url: metadata.url ?? null,
      text,
      textHash,
      blocks: analysis.blocks.map((b) => ({ label: b.label, question: b.question, answer: b.answer })),
    };
  }

  /** All commitments of the given documents in one statement, their `created` events in another. */
  private async storeCommitments(
    em: EntityManager,
    documents: { document: Document; analysis: DocumentAnalysis; result: ImportResult }[],
    actor: string,
  ): Promise<void> {
    const rows: { row: NewCommitment; result: ImportResult }[] = [];
    const seen = new Set<string>();
    for (const { document, analysis, result } of documents) {
      for (const extracted of analysis.commitments) {
        const row = this.commitmentRow(document, analysis, extracted);
        // The same promise twice in one text: the first one counts, as it always did.
        if (seen.has(row.fingerprint)) continue;
        seen.add(row.fingerprint);
        rows.push({ row, result });
      }
    }
    const created = await this.commitments.insertManyIfNew(em, rows.map((r) => r.row));
    const now = this.clock.now();
    const events = [];
    for (const { row, result } of rows) {
      const id = created.get(row.fingerprint);
      if (!id) continue;
      result.newCommitmentIds.push(id);
      events.push({ commitmentId: id, type: 'created' as const, actor, occurredAt: now, details: { confidence: row.confidence } });
    }
    await this.commitments.addEvents(em, events);
  }

  private commitmentRow(document: Document, analysis: DocumentAnalysis, extracted: ExtractedCommitment): NewCommitment {
    const owner: Office | null = extracted.owner ?? analysis.header.office ?? null;
    const effectiveDue = extracted.due ?? (document.date ? addDays(document.date, this.env.DEFAULT_TERM_DAYS) : null);
    return {
      documentId: document.id,
      quote: extracted.quote,
      startOffset: extracted.start,
      endOffset: extracted.end,
      alsoStated: alsoStatedOf(document.text, extracted),
      answerLabel: extracted.answer,
      kind: extracted.kind,
      ownerRole: owner?.role ?? document.authorRole,
      ownerName: owner?.name ?? document.authorName,
      ministry: owner?.ministry ?? document.ministry,
      vehicle: extracted.vehicle,
      deadlinePhrase: extracted.deadlinePhrase,
      due: extracted.due,
      dueSource: extracted.due ? (extracted.dueSource ?? 'phrase') : 'default',
      dueExplanation:
        extracted.deadlinePhrase && document.date ? resolveDeadline(extracted.deadlinePhrase, document.date).explanation : null,
      effectiveDue,
      recurring: extracted.recurring,
      confidence: extracted.confidence,
      status: extracted.published ? 'open' : 'candidate',
      origin: 'extracted',
      rawStatus: null,
      fingerprint: commitmentFingerprint(document, extracted),
    };
  }
}

const DOCUMENT_FIELDS = [
  'number', 'kind', 'title', 'date', 'sessionYear', 'appendixNumber', 'caseNumber', 'kamerstukDossier', 'kamerstukNumber', 'ministry', 'authorRole', 'authorName',
  'url', 'text', 'textHash', 'blocks',
] as const;

function changedFields(existing: Document, fields: NewDocument): Partial<NewDocument> {
  const changes: Partial<Record<(typeof DOCUMENT_FIELDS)[number], unknown>> = {};
  for (const key of DOCUMENT_FIELDS) {
    const same = key === 'blocks' ? JSON.stringify(existing.blocks) === JSON.stringify(fields.blocks) : existing[key] === fields[key];
    if (!same) changes[key] = fields[key];
  }
  return changes as Partial<NewDocument>;
}

function documentKindOf(kind: DocumentAnalysis['header']['kind']): DocumentKind {
  return kind === 'unknown' ? 'other' : kind;
}

/** Whether the after-import steps have anything to react to. */
function isNews({ created, updated, document, newCommitmentIds }: ImportResult): boolean {
  // A document without text and without new commitments (a synced question) gives them nothing to react to.
  return (created || updated) && (document.text.trim() !== '' || newCommitmentIds.length > 0);
}

/** The source's Kamerstuk when it names a whole one, else the header's. */
function kamerstukOf(
  metadata: DocumentMetadata,
  read: DocumentAnalysis['header']['kamerstuk'],
): { kamerstukDossier: string | null; kamerstukNumber: string | null } {
  if (metadata.kamerstukDossier && metadata.kamerstukNumber) {
    return { kamerstukDossier: metadata.kamerstukDossier, kamerstukNumber: metadata.kamerstukNumber };
  }
  return { kamerstukDossier: read?.dossier ?? null, kamerstukNumber: read?.number ?? null };
}
