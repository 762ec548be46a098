import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/domain-error';
import type { Commitment, CommitmentKind } from './commitment.entity';
import { CommitmentsRepository } from './commitments.repository';

/** The fields an editor may correct; the quote itself is what the document says and stays. */
export interface CommitmentCorrection {
  kind?: CommitmentKind;
  ownerRole?: string | null;
  ownerName?: string | null;
  ministry?: string | null;
  vehicle?: string | null;
  deadlinePhrase?: string | null;
}

const EDITABLE = ['kind', 'ownerRole', 'ownerName', 'ministry', 'vehicle', 'deadlinePhrase'] as const;

/** The review queue: low-confidence candidates become open commitments or are rejected; every step is in the history. */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commitments: CommitmentsRepository,
    private readonly clock: Clock,
  ) {}

  accept(id: string, editor: string, note?: string): Promise<void> {
    return this.decide(id, 'open', editor, note);
  }

  reject(id: string, editor: string, note?: string): Promise<void> {
    return this.decide(id, 'rejected', editor, note);
  }

  /** Report ↔ action, from the review queue; the commitment keeps waiting for accept or reject. */
  changeKind(id: string, kind: CommitmentKind, editor: string): Promise<{ changed: string[] }> {
    return this.edit(id, { kind }, editor);
  }

  /** Applies the fields that differ; records them as one `edited` event with old and new values. */
  async edit(id: string, correction: CommitmentCorrection, editor: string): Promise<{ changed: string[] }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      const commitment = await this.commitments.lockById(em, id);
      if (!commitment) throw notFound('commitment');
      const changes: Partial<Commitment> = {};
      const diff: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of EDITABLE) {
        const value = correction[field];
        if (value === undefined || value === commitment[field]) continue;
        Object.assign(changes, { [field]: value });
        diff[field] = { from: commitment[field], to: value };
      }
      const changed = Object.keys(diff);
      if (changed.length === 0) return { changed };
      // An editor's correction is a decision too: re-analysis never overrides it.
      await this.commitments.update(em, id, { ...changes, reviewedAt: now, reviewedBy: editor });
      await this.commitments.addEvent(em, id, 'edited', `editor:${editor}`, now, { changes: diff });
      return { changed };
    });
  }

  private async decide(id: string, to: 'open' | 'rejected', editor: string, note?: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const commitment = await this.commitments.lockById(em, id);
      if (!commitment) throw notFound('commitment');
      if (commitment.status === to) return;
      if (commitment.status !== 'candidate') throw new DomainError('conflict', `Alleen toezeggingen die nog beoordeeld moeten worden kunnen worden ${to === 'open' ? 'geaccepteerd' : 'afgewezen'}.`);
      await this.commitments.update(em, id, { status: to, reviewedAt: now, reviewedBy: editor });
      await this.commitments.addEvent(em, id, 'status_changed', `editor:${editor}`, now, { from: commitment.status, to, note: note ?? null });
    });
  }
}
