import { Injectable } from '@nestjs/common';
import { Clock, dutchDay } from '../common/clock';
import { notFound } from '../common/domain-error';
import { Reader, visibleTo } from './domain/visibility';
import { CommitmentListCache, listCacheKey } from './commitment-list-cache';
import { CommitmentFilters, CommitmentsRepository } from './commitments.repository';
import { CommitmentDetailResponse, CommitmentResponse, toCommitmentDetail, toCommitmentResponse } from './dto/commitment.response';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `total` is counted up to TOTAL_CAP; `totalCapped`: more match than that. */
export interface CommitmentPage extends Page<CommitmentResponse> {
  totalCapped: boolean;
}

@Injectable()
export class CommitmentsService {
  constructor(
    private readonly commitments: CommitmentsRepository,
    private readonly cache: CommitmentListCache,
    private readonly clock: Clock,
  ) {}

  /**
   * Served from the short-lived list cache; what is overdue depends on the day, so the day is part
   * of the key. The total is cached apart from the page, so paging through a result counts it once.
   */
  list(filters: CommitmentFilters, page: number, pageSize: number): Promise<CommitmentPage> {
    const now = this.clock.now();
    const today = dutchDay(now);
    return this.cache.get(listCacheKey({ filters, today, page, pageSize }), async () => {
      const [items, { total, totalCapped }] = await Promise.all([
        this.commitments.findPage(filters, today, page, pageSize),
        this.cache.get(listCacheKey({ filters, today, count: true }), () => this.commitments.countMatching(filters, today)),
      ]);
      return { items: items.map((c) => toCommitmentResponse(c, now)), total, totalCapped, page, pageSize };
    });
  }

  /**
   * One commitment with its context and history. A candidate or rejected one is not found for the
   * public (the same answer as an unknown id); editors see it.
   */
  async get(id: string, reader: Reader): Promise<CommitmentDetailResponse> {
    const commitment = await this.commitments.findById(id);
    if (!commitment || !visibleTo(commitment.status, reader)) throw notFound('commitment');
    const history = await this.commitments.history(id);
    return toCommitmentDetail(commitment, history, this.clock.now());
  }

  /** Not found unless the commitment exists and `reader` may see it (routes about a commitment that do not show it whole). */
  async assertVisible(id: string, reader: Reader): Promise<void> {
    const status = await this.commitments.statusOf(id);
    if (!status || !visibleTo(status, reader)) throw notFound('commitment');
  }
}
