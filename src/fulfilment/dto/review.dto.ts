import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CANDIDATE_STATUSES, CandidateStatus } from '../fulfilment-candidate.entity';

export class ListSuggestionsQuery {
  @ApiPropertyOptional({ enum: CANDIDATE_STATUSES, default: 'suggested' })
  @IsOptional()
  @IsIn(CANDIDATE_STATUSES)
  status: CandidateStatus = 'suggested';

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page = 1;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
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
