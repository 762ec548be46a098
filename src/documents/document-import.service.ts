import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, Clock } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { analyseDocument, fingerprintOf, resolveDeadline } from '../extraction';
import type { DocumentAnalysis, ExtractedCommitment, Office } from '../extraction';
import { DocumentImportHooks } from './document-import-hooks';
import type { Document, DocumentKind } from './document.entity';
import { DocumentsRepository } from './documents.repository';

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
  ministry?: string | null;
  authorRole?: string | null;
  authorName?: string | null;
  url?: string | null;
}

export interface ImportResult {
  document: Document;
  created: boolean;
  commitmentsCreated: number;
  commitmentsFound: number;
}

/** Below this confidence an extracted commitment waits in the review queue as a `candidate`. */
export const CANDIDATE_BELOW = 0.6;

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
   */
  async importText(text: string, metadata: DocumentMetadata, actor: string): Promise<ImportResult> {
    const textHash = createHash('sha256').update(text).digest('hex');
    const analysis = analyseDocument(text, { received: metadata.date ?? undefined });
    const stored = await this.dataSource.transaction(async (em) => {
      const externalId = metadata.externalId ?? textHash;
      const existing = await this.documents.findBySourceId(em, metadata.source, externalId);
      if (existing && existing.textHash === textHash) {
        return { document: existing, created: false, newCommitmentIds: null, commitmentsFound: analysis.commitments.length };
      }
      const document = existing ?? (await this.documents.insert(em, this.documentFrom(text, textHash, externalId, analysis, metadata)));
      const newCommitmentIds = await this.storeCommitments(em, document, analysis, actor);
      this.logger.log(`imported ${document.number ?? document.id}: ${newCommitmentIds.length} new commitment(s)`);
      return { document, created: !existing, newCommitmentIds, commitmentsFound: analysis.commitments.length };
    });
    const { document, created, newCommitmentIds, commitmentsFound } = stored;
    // Unchanged re-imports are no news: linking, deadline changes and repeats ran the first time.
    if (newCommitmentIds) await this.hooks.run({ document, analysis, newCommitmentIds, actor });
    return { document, created, commitmentsCreated: newCommitmentIds?.length ?? 0, commitmentsFound };
  }

  private documentFrom(
    text: string,
    textHash: string,
    externalId: string,
    analysis: DocumentAnalysis,
    metadata: DocumentMetadata,
  ) {
    const header = analysis.header;
    const office = header.office;
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
      ministry: metadata.ministry ?? office?.ministry ?? null,
      authorRole: metadata.authorRole ?? office?.role ?? null,
      authorName: metadata.authorName ?? office?.name ?? null,
      url: metadata.url ?? null,
      text,
      textHash,
      blocks: analysis.blocks.map((b) => ({ label: b.label, question: b.question, answer: b.answer })),
    };
  }

  private async storeCommitments(em: EntityManager, document: Document, analysis: DocumentAnalysis, actor: string): Promise<string[]> {
    const created: string[] = [];
    const now = this.clock.now();
    for (const extracted of analysis.commitments) {
      const owner: Office | null = extracted.owner ?? analysis.header.office ?? null;
      const effectiveDue = extracted.due ?? (document.date ? addDays(document.date, this.env.DEFAULT_TERM_DAYS) : null);
      const id = await this.commitments.insertIfNew(em, {
        documentId: document.id,
        quote: extracted.quote,
        startOffset: extracted.start,
        endOffset: extracted.end,
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
        status: extracted.confidence < CANDIDATE_BELOW ? 'candidate' : 'open',
        origin: 'extracted',
        rawStatus: null,
        fingerprint: commitmentFingerprint(document, extracted),
      });
      if (id) {
        created.push(id);
        await this.commitments.addEvent(em, id, 'created', actor, now, { confidence: extracted.confidence });
      }
    }
    return created;
  }
}

function commitmentFingerprint(document: Document, extracted: ExtractedCommitment): string {
  return `${document.source}:${document.externalId.slice(0, 40)}:${fingerprintOf(extracted)}`;
}

function documentKindOf(kind: DocumentAnalysis['header']['kind']): DocumentKind {
  return kind === 'unknown' ? 'other' : kind;
}
