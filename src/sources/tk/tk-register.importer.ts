import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CommitmentKind } from '../../commitments/commitment.entity';
import { CommitmentsRepository } from '../../commitments/commitments.repository';
import { addDays, Clock } from '../../common/clock';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { resolveDeadline } from '../../extraction';
import type { TkEntity } from './syncfeed-parser';
import { TkRepository } from './tk.repository';
import { toToezeggingRecord, TkToezeggingRecord } from './tk-mapping';

const REPORTING = /\b(informeer\w*|geïnformeerd|brief|(toe)?stur\w*|stuurt|rapport\w*|briefing|verslag|terugkoppel\w*|kamerbrief)\b/i;
const RECURRING = /\b(jaarlijks|ieder jaar|elk jaar|halfjaarlijks|periodiek)\b/i;

export interface RegisterOutcome {
  created: boolean;
  statusChanged: boolean;
  withdrawn: boolean;
}

/** The TK's own commitment register (category Toezegging) as commitments with origin `tk_register`. */
@Injectable()
export class TkRegisterImporter {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly clock: Clock,
    private readonly tk: TkRepository,
    private readonly commitments: CommitmentsRepository,
  ) {}

  async store(em: EntityManager, entity: TkEntity): Promise<RegisterOutcome> {
    const fingerprint = registerFingerprint(entity.id);
    if (entity.deleted) {
      await this.tk.withdrawRegisterCommitment(em, fingerprint);
      return { created: false, statusChanged: false, withdrawn: true };
    }
    const record = toToezeggingRecord(entity);
    const commitment = this.commitmentOf(record, fingerprint);
    const outcome = await this.tk.upsertRegisterCommitment(em, commitment);
    const now = this.clock.now();
    const statusChanged = outcome.previousStatus !== null && outcome.previousStatus !== record.status;
    if (outcome.created) {
      await this.commitments.addEvent(em, outcome.id, 'created', 'sync', now, { register: record.number, rawStatus: record.rawStatus });
    } else if (statusChanged) {
      await this.commitments.addEvent(em, outcome.id, 'status_changed', 'sync', now, {
        from: outcome.previousStatus,
        to: record.status,
        rawStatus: record.rawStatus,
      });
    }
    if (record.letters.length > 0) await this.tk.linkRegisterLetters(em, record.letters);
    return { created: outcome.created, statusChanged, withdrawn: false };
  }

  private commitmentOf(record: TkToezeggingRecord, fingerprint: string) {
    const base = record.createdOn;
    const deadline = base && record.text ? resolveDeadline(record.text, base) : null;
    const due = deadline?.due ?? null;
    const fulfilled = record.status === 'fulfilled' || record.status === 'partially_fulfilled';
    return {
      documentId: null,
      quote: record.text || record.number || record.tkId,
      startOffset: null,
      endOffset: null,
      answerLabel: null,
      kind: (REPORTING.test(record.text) ? 'report' : 'action') as CommitmentKind,
      ownerRole: record.ownerRole,
      ownerName: record.ownerName,
      ministry: record.ministry,
      vehicle: null,
      deadlinePhrase: null,
      due,
      dueSource: due ? ('phrase' as const) : ('default' as const),
      dueExplanation: due ? (deadline?.explanation ?? null) : null,
      effectiveDue: due ?? (base ? addDays(base, this.env.DEFAULT_TERM_DAYS) : null),
      recurring: RECURRING.test(record.text),
      confidence: 1,
      status: record.status,
      origin: 'tk_register' as const,
      rawStatus: record.rawStatus,
      externalRef: record.number,
      fingerprint,
      fulfillingLetter: record.letters.length > 0 ? record.letters.join(', ') : null,
      // datumNakoming on an open entry may be a planned date [U]; only a kept promise gets a fulfilment date.
      fulfilledAt: fulfilled && record.fulfilledOn ? new Date(`${record.fulfilledOn}T12:00:00Z`) : null,
    };
  }
}

export function registerFingerprint(tkId: string): string {
  return `tk_register:${tkId}`;
}
