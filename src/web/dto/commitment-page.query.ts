import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COMMITMENT_KINDS, COMMITMENT_ORIGINS, COMMITMENT_STATUSES, CommitmentKind, CommitmentOrigin, CommitmentStatus } from '../../commitments/commitment.entity';
import { COMMITMENT_SORTS, CommitmentFilters, CommitmentSort } from '../../commitments/commitments.repository';
import { toBoolean, toList } from '../../common/query-transforms';
import { DEADLINE_KINDS, DeadlineKind } from '../../commitments/domain/lateness';

// HTML forms send every field, empty ones as ''. Empty means "no filter".
const blank = ({ value }: { value: unknown }) => (value === '' ? undefined : typeof value === 'string' ? value.trim() || undefined : value);
const YEAR = 'Het jaar moet een getal tussen 1900 en 2200 zijn.';
const toNumber = ({ value }: { value: unknown }) => (value === '' || value === undefined ? undefined : Number(value));

/** The filters of the list page and of feeds, as they appear in a shareable URL. */
export class CommitmentPageQuery {
  @IsOptional()
  @Transform(blank)
  @IsString()
  @MaxLength(200, { message: 'Zoekterm: hoogstens 200 tekens.' })
  q?: string;

  @IsOptional()
  @Transform(toList)
  @IsIn(COMMITMENT_STATUSES, { each: true, message: 'Onbekende status.' })
  status?: CommitmentStatus[];

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'Over tijd: kies ja of nee.' })
  overdue?: boolean;

  @IsOptional()
  @Transform(blank)
  @IsIn(DEADLINE_KINDS, { message: 'Onbekende soort termijn.' })
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
  @IsInt({ message: YEAR })
  @Min(1900, { message: YEAR })
  @Max(2200, { message: YEAR })
  year?: number;

  @IsOptional()
  @Transform(blank)
  @IsIn(COMMITMENT_KINDS, { message: 'Onbekende soort toezegging.' })
  kind?: CommitmentKind;

  @IsOptional()
  @Transform(blank)
  @IsIn(COMMITMENT_ORIGINS, { message: 'Onbekende herkomst.' })
  origin?: CommitmentOrigin;

  @IsOptional()
  @Transform(blank)
  @IsIn(COMMITMENT_SORTS, { message: 'Onbekende sortering.' })
  sort?: CommitmentSort;

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'Ongeldig paginanummer.' })
  @Min(1, { message: 'Ongeldig paginanummer.' })
  @Max(10_000, { message: 'Ongeldig paginanummer.' })
  page?: number;
}

export function filtersOf(query: CommitmentPageQuery): CommitmentFilters {
  const { page: _page, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as CommitmentFilters;
}
