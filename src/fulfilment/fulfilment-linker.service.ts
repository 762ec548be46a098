import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TableStatistics } from '../database/table-statistics';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { DeadlineChangeService } from '../commitments/deadline-change.service';
import { DocumentImportHooks, ImportedDocument } from '../documents/document-import-hooks';
import type { Document } from '../documents/document.entity';
import { currentMinistry, ministryWithPredecessors } from '../ministries/ministry-lineage';
import { askersOf } from './domain/citations';
import { matchDeadlineChange, withFollowingSentences } from './domain/deadline-match';
import { LetterSignals, readLetter } from './domain/letter-signals';
import { restatedPromise } from './domain/repeats';
import { CandidateCommitment, CandidateScore, decide, scoreCandidate } from './domain/score';
import { CandidateRow, FulfilmentCandidatesRepository } from './fulfilment-candidates.repository';
import { AUTO_ACTOR, FulfilmentService } from './fulfilment.service';

/** Suggestions kept per letter: the review queue should not fill with long shots. */
const SUGGESTIONS_PER_LETTER = 10;
/** Older promises a new one is compared with: the most recent of its ministry family. */
const RESTATE_CANDIDATES = 500;

export interface LinkingReport {
  autoLinked: string[];
  suggested: string[];
  deadlinesMoved: string[];
  repeats: string[];
}

/** Document kinds whose topic alone may suggest that they keep a promise. */
const KEPT_BY_TOPIC = new Set<string>(['letter', 'postponement', 'other']);

/**
 * Runs after every import (file or TK sync): links restated promises, moves deadlines that a
 * letter postpones, and finds which open promises the new document keeps — linking automatically
 * only with an explicit citation and a high score, suggesting the rest to editors.
 */
@Injectable()
export class FulfilmentLinker implements OnModuleInit {
  private readonly logger = new Logger(FulfilmentLinker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: DocumentImportHooks,
    private readonly candidates: FulfilmentCandidatesRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly fulfilment: FulfilmentService,
    private readonly deadlines: DeadlineChangeService,
    private readonly clock: Clock,
    private readonly statistics: TableStatistics,
  ) {}

  onModuleInit(): void {
    this.hooks.register('fulfilment linking', async (batch) => {
      await this.linkAll(batch);
    });
  }

  /** The documents of one import in order; repeats are looked up for the whole batch at once. */
  async linkAll(batch: Pick<ImportedDocument, 'document' | 'analysis' | 'newCommitmentIds'>[]): Promise<LinkingReport[]> {
    // Rare and common words are told apart by the planner's statistics of commitments; large imports outrun autovacuum.
    await this.statistics.refreshChanged(['commitment', 'document']);
    const repeats = await this.linkRepeats(batch.map((imported) => imported.document.id), batch.flatMap((imported) => imported.newCommitmentIds));
    const reports: LinkingReport[] = [];
    for (const imported of batch) reports.push(await this.linkFulfilments(imported, repeats.get(imported.document.id) ?? []));
    return reports;
  }

  private async linkFulfilments(
    { document, analysis }: Pick<ImportedDocument, 'document' | 'analysis'>,
    repeats: string[],
  ): Promise<LinkingReport> {
    const report: LinkingReport = { autoLinked: [], suggested: [], deadlinesMoved: [], repeats };
    const letter = readLetter({
      text: document.text, title: document.title, date: document.date, ministry: document.ministry, kamerstukDossier: document.kamerstukDossier,
    });
    const cited = await this.candidates.citedDocumentIds(letter, document.id);
    // An answer that cites no earlier document cannot link by itself and its topic overlap with every
    // open promise is mostly noise in the review queue; scanning them all would also make a large
    // sync quadratic. Letters and postponements are always scored.
    if (!KEPT_BY_TOPIC.has(document.kind) && cited.length === 0) return report;
    const sameDossier = KEPT_BY_TOPIC.has(document.kind) ? await this.candidates.dossierDocumentIds(letter.dossiers, document.id) : [];
    const rows = await this.candidates.openCandidates({ id: document.id, text: document.text, date: document.date }, cited, sameDossier);
    if (rows.length === 0) return report;
    const open = rows.map(toCandidate);
    report.deadlinesMoved = await this.moveDeadlines(document, letter, analysis.deadlineChanges, open);
    if (report.deadlinesMoved.length === 0) await this.noteDoubts(document, letter, open);
    const scores = open
      .map((c) => scoreCandidate(letter, c))
      .filter((s): s is CandidateScore => s !== null && decide(s) !== 'drop')
      .sort((a, b) => b.score - a.score)
      .slice(0, SUGGESTIONS_PER_LETTER);
    const saved = await this.dataSource.transaction((em) => this.candidates.saveCandidates(em, document.id, scores));
    // A letter that postpones something is read by an editor before it closes any promise.
    const mayAutoLink = document.kind !== 'postponement' && analysis.deadlineChanges.length === 0;
    let planned = 0;
    for (const score of scores) {
      const candidateId = saved.get(score.commitmentId);
      if (!candidateId) continue;
      if (!mayAutoLink || decide(score) !== 'auto' || report.deadlinesMoved.includes(score.commitmentId)) {
        report.suggested.push(score.commitmentId);
        continue;
      }
      planned += await this.linkAutomatically(document, score, candidateId);
      report.autoLinked.push(score.commitmentId);
    }
    this.fulfilment.deliverIf(planned);
    if (report.autoLinked.length + report.suggested.length + report.deadlinesMoved.length + report.repeats.length > 0) {
      this.logger.log(
        `document ${document.number ?? document.id}: ${report.autoLinked.length} linked, ${report.suggested.length} suggested, ` +
          `${report.deadlinesMoved.length} deadline(s) moved, ${report.repeats.length} repeat(s)`,
      );
    }
    return report;
  }

  private async linkAutomatically(document: Document, score: CandidateScore, candidateId: string): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const planned = await this.fulfilment.decideWithin(
        em,
        score.commitmentId,
        {
          status: score.partial ? 'partially_fulfilled' : 'fulfilled',
          letter: document.number ?? document.url ?? null,
          letterDocumentId: document.id,
          note: 'automatisch gekoppeld',
          details: { candidateId, score: score.score, reasons: score.reasons },
        },
        AUTO_ACTOR,
      );
      await this.candidates.markDecided(em, candidateId, 'auto_linked', AUTO_ACTOR, this.clock.now());
      return Math.max(0, planned);
    });
  }

  private async moveDeadlines(
    document: Document,
    letter: LetterSignals,
    changes: ImportedDocument['analysis']['deadlineChanges'],
    open: CandidateCommitment[],
  ): Promise<string[]> {
    const moved: string[] = [];
    for (const reported of changes) {
      const change = withFollowingSentences(reported, document.text);
      const match = matchDeadlineChange(change, letter, open.filter((c) => !moved.includes(c.id)));
      if (!match) continue;
      try {
        const result = await this.deadlines.change(
          match.commitmentId,
          {
            due: match.newDue,
            reason: `Uitgesteld: «${change.quote.replace(/\s+/g, ' ').trim().slice(0, 400)}»`,
            deadlinePhrase: match.newDeadlinePhrase,
            sourceDocumentId: document.id,
          },
          AUTO_ACTOR,
        );
        if (result.changed) moved.push(match.commitmentId);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`deadline change not applied to ${match.commitmentId}: ${error.message}`);
      }
    }
    return moved;
  }

  /**
   * A letter that cites a promise and doubts its date without naming a new one ("Het staat
   * momenteel nog niet vast of aan deze verwachting voldaan kan worden") leaves a note on that
   * promise; its deadline stays.
   */
  private async noteDoubts(document: Document, letter: LetterSignals, open: CandidateCommitment[]): Promise<void> {
    const doubts = letter.doubts;
    if (doubts.length === 0) return;
    const cited = open
      .map((c) => scoreCandidate(letter, c))
      .filter((s): s is CandidateScore => s !== null && s.explicitCitation)
      .sort((a, b) => b.score - a.score);
    if (cited.length === 0) return;
    const at = this.clock.now();
    await this.dataSource.transaction((em) =>
      this.commitments.addEvents(em, [
        {
          commitmentId: cited[0].commitmentId, type: 'edited', actor: AUTO_ACTOR, occurredAt: at,
          details: { note: `Termijn onzeker: «${doubts[0].slice(0, 400)}»`, sourceDocumentId: document.id },
        },
      ]),
    );
  }

  /**
   * Links new promises that restate an older open one, for a whole batch in two queries. Returns
   * the linked ids by document. A promise that restates another is no target itself, also within
   * the batch (documents are taken in import order).
   */
  private async linkRepeats(documentOrder: string[], newCommitmentIds: string[]): Promise<Map<string, string[]>> {
    const linked = new Map<string, string[]>();
    const position = new Map(documentOrder.map((id, i) => [id, i]));
    const fresh = (await this.candidates.promiseFacts(newCommitmentIds))
      .filter((f) => f.vehicle && f.ministry)
      .sort((a, b) => (position.get(a.documentId ?? '') ?? 0) - (position.get(b.documentId ?? '') ?? 0));
    if (fresh.length === 0) return linked;
    const families = new Map(fresh.map((f) => [f.id, ministryWithPredecessors(currentMinistry(f.ministry!, f.documentDate, `${f.quote} ${f.vehicle}`))]));
    const earlier = await this.candidates.openPromisesWithVehicle([...new Set([...families.values()].flat())]);
    const restating = new Map<string, { id: string; reason: string }>();
    for (const promise of fresh) {
      const family = families.get(promise.id)!;
      const open = earlier.filter((e) => !restating.has(e.id) && e.ministry !== null && family.includes(e.ministry.toLowerCase()));
      const restated = restatedPromise(promise, open.slice(0, RESTATE_CANDIDATES));
      if (!restated) continue;
      restating.set(promise.id, restated);
      const documentId = promise.documentId ?? '';
      linked.set(documentId, [...(linked.get(documentId) ?? []), promise.id]);
    }
    if (restating.size === 0) return linked;
    const at = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      await this.commitments.setRepeats(em, [...restating].map(([id, older]) => ({ id, repeatsCommitmentId: older.id })));
      await this.commitments.addEvents(
        em,
        [...restating].map(([id, older]) => ({ commitmentId: id, type: 'edited', actor: AUTO_ACTOR, occurredAt: at, details: { repeats: older.id, reason: older.reason } })),
      );
    });
    return linked;
  }
}

function toCandidate(row: CandidateRow): CandidateCommitment {
  return {
    id: row.id,
    unconfirmed: row.status === 'candidate',
    quote: row.quote,
    vehicle: row.vehicle,
    answerLabel: row.answerLabel,
    ministry: row.ministry,
    deadlinePhrase: row.deadlinePhrase,
    registerNumber: row.externalRef,
    source: {
      documentId: row.documentId,
      number: row.number,
      appendixNumber: row.appendixNumber,
      sessionYear: row.sessionYear,
      caseNumber: row.caseNumber,
      kamerstukDossier: row.kamerstukDossier,
      kamerstukNumber: row.kamerstukNumber,
      title: row.title,
      head: row.head,
      date: row.date,
      askers: row.head ? askersOf(row.head) : [],
    },
    topic: Number(row.topic),
  };
}
