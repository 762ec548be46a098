import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COMMITMENT_KINDS, COMMITMENT_ORIGINS, COMMITMENT_STATUSES, CommitmentKind, CommitmentOrigin, CommitmentStatus } from '../../commitments/commitment.entity';
import { COMMITMENT_SORTS, CommitmentFilters, CommitmentSort } from '../../commitments/commitments.repository';
import { toBoolean, toList } from '../../common/query-transforms';
import { DEADLINE_KINDS, DeadlineKind } from '../../commitments/domain/lateness';

// HTML forms send every field, empty ones as ''. Empty means "no filter".
const blank = ({ value }: { value: unknown }) => (value === '' ? undefined : typeof value === 'string' ? value.trim() || undefined : value);
const toNumber = ({ value }: { value: unknown }) => (value === '' || value === undefined ? undefined : Number(value));

/** The filters of the list page and of feeds, as they appear in a shareable URL. */
export class CommitmentPageQuery {
  @IsOptional()
  @Transform(blank)
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @Transform(toList)
  @IsIn(COMMITMENT_STATUSES, { each: true, message: 'onbekende status' })
  status?: CommitmentStatus[];

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @Transform(blank)
  @IsIn(DEADLINE_KINDS, { message: 'termijn: kies promised, default of recurring' })
  deadline?: DeadlineKind;

  @IsOptional()
  @Transform(blank)
  @IsString()
  @MaxLength(200)
  ministry?: string;

  @IsOptional()
  @Transform(blank)
  @IsString()
  @MaxLength(200)
  owner?: string;

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'jaar moet een getal zijn' })
  @Min(1900)
  @Max(2200)
  year?: number;

  @IsOptional()
  @Transform(blank)
  @IsIn(COMMITMENT_KINDS)
  kind?: CommitmentKind;

  @IsOptional()
  @Transform(blank)
  @IsIn(COMMITMENT_ORIGINS)
  origin?: CommitmentOrigin;

  @IsOptional()
  @Transform(blank)
  @IsIn(COMMITMENT_SORTS)
  sort?: CommitmentSort;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;
}

export function filtersOf(query: CommitmentPageQuery): CommitmentFilters {
  const { page: _page, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as CommitmentFilters;
}
