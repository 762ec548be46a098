import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { CommitmentsRepository, Reanalysed, UndecidedCommitment } from '../commitments/commitments.repository';
import type { AlsoStated, CommitmentStatus } from '../commitments/commitment.entity';
import type { Document } from '../documents/document.entity';
import { DocumentsRepository } from '../documents/documents.repository';
import { analyseDocument } from '../extraction';
import { OutboxRepository } from '../outbox/outbox.repository';
import { alsoStatedOf } from './also-stated';
import { commitmentFingerprint } from './commitment-fingerprint';

const BATCH = 50;

/** A recomputed row, and whether its restatements differ from the stored ones. */
type Recomputed = Reanalysed & { alsoStatedChanged: boolean };
/** A commitment an older import stored apart that restates another of its document. */
interface Restating {
  id: string;
  repeatsCommitmentId: string;
}

export interface ReanalysisSummary {
  documents: number;
  commitments: number;
  /** Confidence or status written. */
  updated: number;
  toCandidate: number;
  toOpen: number;
  /** Below the threshold, but a confirmed subscription or a fulfilment keeps it published. */
  keptPublished: number;
  /** Restatements in the same document stored anew (found for the first time, or changed). */
  alsoStated: number;
  /** The extractor no longer finds it in its document: left as it was. */
  notFound: number;
  /**
   * Of those, the ones it now reads as restating another commitment of the document (stored apart
   * by an older import). Each is linked to that one as a restatement (it no longer counts on its own
   * in scoreboards); its status, subscriptions and history stay as they were.
   */
  nowRestatements: number;
  failed: { documentId: string; reason: string }[];
}

/**
 * Recomputes the confidence of stored extracted commitments from their documents' text, and
 * publication by EXTRACTION_REVIEW_BELOW (actions: EXTRACTION_REVIEW_ACTIONS_BELOW): open ones below it wait for review, candidates above it
 * are published. The sentences that restate a promise in the same document are stored anew. Commitments an editor decided on (reviewed_at), and statuses other than open and
 * candidate (kept, lapsed, rejected), are never moved; history is only added to.
 */
@Injectable()
export class ReanalysisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly commitments: CommitmentsRepository,
    private readonly documents: DocumentsRepository,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async run(progress: (done: number, total: number) => void = () => undefined): Promise<ReanalysisSummary> {
    const summary: ReanalysisSummary = { documents: 0, commitments: 0, updated: 0, toCandidate: 0, toOpen: 0, keptPublished: 0, alsoStated: 0, notFound: 0, nowRestatements: 0, failed: [] };
    const total = await this.commitments.countDocumentsToReanalyse();
    let after: string | null = null;
    for (;;) {
      const ids = await this.commitments.documentsToReanalyse(after, BATCH);
      if (ids.length === 0) break;
      after = ids[ids.length - 1];
      await this.reanalyseBatch(ids, summary);
      progress(summary.documents + summary.failed.length, total);
    }
    return summary;
  }

  private async reanalyseBatch(documentIds: string[], summary: ReanalysisSummary): Promise<void> {
    const stored = await this.commitments.undecidedExtractedOf(documentIds);
    const rows: Recomputed[] = [];
    const restating: Restating[] = [];
    for (const documentId of documentIds) {
      const own = stored.filter((c) => c.documentId === documentId);
      try {
        const document = await this.documents.findById(documentId);
        if (!document) throw new Error('document not found');
        const recomputed = this.recompute(document, own, summary);
        rows.push(...recomputed.rows);
        restating.push(...recomputed.restating);
        summary.documents++;
      } catch (error) {
        // One unreadable document is recorded and skipped; the others go on.
        summary.failed.push({ documentId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    await this.store(rows, restating, summary);
  }

  private recompute(document: Document, stored: UndecidedCommitment[], summary: ReanalysisSummary): { rows: Recomputed[]; restating: Restating[] } {
    const analysis = analyseDocument(document.text, {
      received: document.date ?? undefined,
      reviewBelow: this.env.EXTRACTION_REVIEW_BELOW,
      reviewActionsBelow: this.env.EXTRACTION_REVIEW_ACTIONS_BELOW,
    });
    const found = new Map<string, (typeof analysis.commitments)[number]>();
    // The same promise twice in one text: the first one counts, as on import.
    for (const c of analysis.commitments) if (!found.has(commitmentFingerprint(document, c))) found.set(commitmentFingerprint(document, c), c);
    const rows: Recomputed[] = [];
    const restating: Restating[] = [];
    for (const c of stored) {
      summary.commitments++;
      const fresh = found.get(c.fingerprint);
      if (!fresh) {
        summary.notFound++;
        const original = restatedBy(document, analysis.commitments, stored, c);
        if (original) summary.nowRestatements++;
        if (original && c.repeatsCommitmentId === null) restating.push({ id: c.id, repeatsCommitmentId: original.id });
        continue;
      }
      const alsoStated = alsoStatedOf(document.text, fresh);
      rows.push({
        id: c.id, confidence: fresh.confidence, status: publicationOf(c.status, fresh.published), expected: c.status, alsoStated,
        alsoStatedChanged: !sameAlsoStated(c.alsoStated, alsoStated),
      });
    }
    return { rows, restating };
  }

  private async store(rows: Recomputed[], restating: Restating[], summary: ReanalysisSummary): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const written = await this.commitments.applyReanalysis(em, rows);
      const wanted = new Map(rows.map((r) => [r.id, r.status]));
      const restated = new Set(rows.filter((r) => r.alsoStatedChanged).map((r) => r.id));
      summary.alsoStated += written.filter((w) => restated.has(w.id)).length;
      const moved = written.filter((w) => w.from !== w.to);
      summary.updated += written.length;
      summary.toCandidate += moved.filter((w) => w.to === 'candidate').length;
      summary.toOpen += moved.filter((w) => w.to === 'open').length;
      summary.keptPublished += written.filter((w) => w.from === w.to && wanted.get(w.id) !== w.to).length;
      // Notices planned while it was public (watchers' due_soon, new_commitment) are not sent about a candidate.
      await this.outbox.cancelCommitmentNotices(em, moved.filter((w) => w.to === 'candidate').map((w) => w.id), 'under review');
      await this.commitments.addEvents(
        em,
        moved.map((w) => ({ commitmentId: w.id, type: 'status_changed' as const, actor: 'reanalyse', occurredAt: now, details: { from: w.from, to: w.to } })),
      );
      await this.commitments.setRepeats(em, restating);
      await this.commitments.addEvents(
        em,
        restating.map((r) => ({
          commitmentId: r.id, type: 'edited' as const, actor: 'reanalyse', occurredAt: now,
          details: { repeats: r.repeatsCommitmentId, reason: 'restated in the same document' },
        })),
      );
    });
  }
}

/** Only open ↔ candidate moves; every other status is a fact (kept, lapsed) or a decision (rejected). */
function publicationOf(status: CommitmentStatus, published: boolean): CommitmentStatus {
  if (status === 'open' && !published) return 'candidate';
  if (status === 'candidate' && published) return 'open';
  return status;
}

/** The stored commitment whose promise `c` restates in the same document, by the extractor's reading now. */
function restatedBy(
  document: Document,
  fresh: ReturnType<typeof analyseDocument>['commitments'],
  stored: UndecidedCommitment[],
  c: UndecidedCommitment,
): UndecidedCommitment | null {
  const promise = fresh.find((f) => f.also.includes(c.quote));
  if (!promise) return null;
  const fingerprint = commitmentFingerprint(document, promise);
  return stored.find((s) => s.fingerprint === fingerprint && s.id !== c.id) ?? null;
}

function sameAlsoStated(stored: AlsoStated[] | null, fresh: AlsoStated[]): boolean {
  const key = (list: AlsoStated[]) => JSON.stringify(list.map((a) => [a.quote, a.start, a.end]));
  return key(stored ?? []) === key(fresh);
}
