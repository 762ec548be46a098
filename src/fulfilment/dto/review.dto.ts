import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';
import { CANDIDATE_STATUSES, CandidateStatus } from '../fulfilment-candidate.entity';

export class ListSuggestionsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: CANDIDATE_STATUSES, default: 'suggested' })
  @IsOptional()
  @IsIn(CANDIDATE_STATUSES)
  status: CandidateStatus = 'suggested';
}

export class AcceptSuggestionDto {
  @ApiPropertyOptional({ enum: ['fulfilled', 'partially_fulfilled'], description: 'default: what the letter says about itself' })
  @IsOptional()
  @IsIn(['fulfilled', 'partially_fulfilled'])
  status?: 'fulfilled' | 'partially_fulfilled';

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class UndoAutoLinkDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
