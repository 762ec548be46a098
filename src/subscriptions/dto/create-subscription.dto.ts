import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { COMMITMENT_STATUSES, CommitmentStatus } from '../../commitments/commitment.entity';
import { DEADLINE_KINDS, DeadlineKind } from '../../commitments/domain/lateness';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The filters of GET /api/commitments, saved: new and late commitments matching them are mailed. */
export class SavedSearchDto {
  @ApiPropertyOptional({ description: 'Dutch full-text search in the quote and vehicle', example: 'mensenhandel' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMMITMENT_STATUSES.length)
  @IsIn(COMMITMENT_STATUSES, { each: true })
  status?: CommitmentStatus[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS, description: 'promised: a date the minister named; default: none named (document date + the default term); recurring: per period' })
  @IsOptional()
  @IsIn(DEADLINE_KINDS)
  deadline?: DeadlineKind;

  @ApiPropertyOptional({ example: 'Justitie en Veiligheid' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  ministry?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ example: '2021-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2021-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAfter?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  documentId?: string;
}

/** Subscribe to exactly one of: a commitment, a ministry, or a saved search. */
export class CreateSubscriptionDto {
  @ApiProperty({ example: 'redactie@example.nl' })
  @Transform(trim)
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  commitmentId?: string;

  @ApiPropertyOptional({ example: 'Justitie en Veiligheid' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  ministry?: string;

  @ApiPropertyOptional({ type: SavedSearchDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SavedSearchDto)
  search?: SavedSearchDto;
}
