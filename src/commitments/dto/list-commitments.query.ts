import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';
import { COMMITMENT_STATUSES, CommitmentStatus } from '../commitment.entity';

const toList = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);

export class ListCommitmentsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES, isArray: true, description: 'comma-separated' })
  @IsOptional()
  @Transform(toList)
  @IsIn(COMMITMENT_STATUSES, { each: true })
  status?: CommitmentStatus[];

  @ApiPropertyOptional({ description: 'open and past its effective due date' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

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

  @ApiPropertyOptional({ example: '2021-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2021-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAfter?: string;
}
