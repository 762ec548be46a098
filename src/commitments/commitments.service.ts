import { Injectable } from '@nestjs/common';
import { Clock, dutchDay } from '../common/clock';
import { notFound } from '../common/domain-error';
import { CommitmentFilters, CommitmentsRepository } from './commitments.repository';
import { CommitmentDetailResponse, CommitmentResponse, toCommitmentDetail, toCommitmentResponse } from './dto/commitment.response';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

@Injectable()
export class CommitmentsService {
  constructor(
    private readonly commitments: CommitmentsRepository,
    private readonly clock: Clock,
  ) {}

  async list(filters: CommitmentFilters, page: number, pageSize: number): Promise<Page<CommitmentResponse>> {
    const now = this.clock.now();
    const { items, total } = await this.commitments.search(filters, dutchDay(now), page, pageSize);
    return { items: items.map((c) => toCommitmentResponse(c, now)), total, page, pageSize };
  }

  async get(id: string): Promise<CommitmentDetailResponse> {
    const commitment = await this.commitments.findById(id);
    if (!commitment) throw notFound('commitment');
    const history = await this.commitments.history(id);
    return toCommitmentDetail(commitment, history, this.clock.now());
  }
}
