import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';
import { toBoolean, toList } from '../../common/query-transforms';
import { COMMITMENT_KINDS, COMMITMENT_ORIGINS, COMMITMENT_STATUSES, CommitmentKind, CommitmentOrigin, CommitmentStatus } from '../commitment.entity';
import { COMMITMENT_SORTS, CommitmentSort } from '../commitments.repository';
import { DEADLINE_KINDS, DeadlineKind } from '../domain/lateness';

export class ListCommitmentsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES, isArray: true, description: 'comma-separated; candidate and rejected commitments are not public and never listed' })
  @IsOptional()
  @Transform(toList)
  @IsIn(COMMITMENT_STATUSES, { each: true })
  status?: CommitmentStatus[];

  @ApiPropertyOptional({ description: 'open and past a promised date (with deadline=default or recurring: past the default term or this period\'s date)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS, description: 'promised: a date or period was named; default: none, document date + DEFAULT_TERM_DAYS; recurring: per period. With overdue=true, the default is promised.' })
  @IsOptional()
  @IsIn(DEADLINE_KINDS)
  deadline?: DeadlineKind;

  @ApiPropertyOptional({ example: 'Justitie en Veiligheid' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ministry?: string;

  @ApiPropertyOptional({ description: 'minister or staatssecretaris, name or role (substring)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ description: 'Dutch full-text search in the quote and vehicle' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: COMMITMENT_KINDS })
  @IsOptional()
  @IsIn(COMMITMENT_KINDS)
  kind?: CommitmentKind;

  @ApiPropertyOptional({ enum: COMMITMENT_ORIGINS })
  @IsOptional()
  @IsIn(COMMITMENT_ORIGINS)
  origin?: CommitmentOrigin;

  @ApiPropertyOptional({ description: 'the year the promise was made (document date)', example: 2020 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ enum: COMMITMENT_SORTS, default: 'due', description: 'due: soonest first; -due: latest first; new: newest; relevance: best search match' })
  @IsOptional()
  @IsIn(COMMITMENT_SORTS)
  sort?: CommitmentSort;

  @ApiPropertyOptional({ example: '2021-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2021-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAfter?: string;
}
