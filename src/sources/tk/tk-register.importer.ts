import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CommitmentKind } from '../../commitments/commitment.entity';
import { CommitmentsRepository, RegisterCommitment } from '../../commitments/commitments.repository';
import { addDays, Clock } from '../../common/clock';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { resolveDeadline } from '../../extraction';
import type { TkEntity } from './syncfeed-parser';
import { toToezeggingRecord, TkToezeggingRecord } from './tk-mapping';

const REPORTING = /\b(informeer\w*|geïnformeerd|brief|(toe)?stur\w*|stuurt|rapport\w*|briefing|verslag|terugkoppel\w*|kamerbrief)\b/i;
const RECURRING = /\b(jaarlijks|ieder jaar|elk jaar|halfjaarlijks|periodiek)\b/i;

export interface RegisterOutcome {
  created: number;
  statusChanged: number;
  withdrawn: number;
}

/** The TK's own commitment register (category Toezegging) as commitments with origin `tk_register`. */
@Injectable()
export class TkRegisterImporter {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly clock: Clock,
    private readonly commitments: CommitmentsRepository,
  ) {}

  /** Stores a chunk of register entries (each id once) with a few statements for all of them. */
  async storeMany(em: EntityManager, entities: TkEntity[]): Promise<RegisterOutcome> {
    const withdrawn = entities.filter((e) => e.deleted).map((e) => registerFingerprint(e.id));
    await this.commitments.withdrawByFingerprints(em, withdrawn);
    const records = entities.filter((e) => !e.deleted).map(toToezeggingRecord);
    const upserted = await this.commitments.upsertRegister(em, records.map((r) => this.commitmentOf(r, registerFingerprint(r.tkId))));
    const now = this.clock.now();
    const events = [];
    let created = 0;
    let statusChanged = 0;
    for (const record of records) {
      const outcome = upserted.get(registerFingerprint(record.tkId));
      if (!outcome) continue;
      if (outcome.created) {
        created++;
        events.push({ commitmentId: outcome.id, type: 'created' as const, actor: 'sync', occurredAt: now, details: { register: record.number, rawStatus: record.rawStatus } });
      } else if (outcome.previousStatus !== record.status && outcome.previousStatus !== 'rejected') {
        statusChanged++;
        const details = { from: outcome.previousStatus, to: record.status, rawStatus: record.rawStatus };
        events.push({ commitmentId: outcome.id, type: 'status_changed' as const, actor: 'sync', occurredAt: now, details });
      }
    }
    await this.commitments.addEvents(em, events);
    const letters = [...new Set(records.flatMap((r) => r.letters))];
    if (letters.length > 0) await this.commitments.linkRegisterLetters(em, letters);
    return { created, statusChanged, withdrawn: withdrawn.length };
  }

  private commitmentOf(record: TkToezeggingRecord, fingerprint: string): RegisterCommitment {
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
