import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { LETTER_REFERENCE_HELP, parseLetterReference } from '../letter-reference';

export const FULFILMENT_STATUSES = ['fulfilled', 'partially_fulfilled', 'lapsed'] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];

@ValidatorConstraint({ name: 'letterReference' })
class IsLetterReference implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseLetterReference(value) !== null;
  }

  defaultMessage(): string {
    return LETTER_REFERENCE_HELP;
  }
}

export class RecordFulfilmentDto {
  @ApiProperty({ enum: FULFILMENT_STATUSES })
  @IsIn(FULFILMENT_STATUSES, { message: `status must be one of ${FULFILMENT_STATUSES.join(', ')}` })
  status!: FulfilmentStatus;

  @ApiPropertyOptional({ example: '2021D12345', description: 'required unless the status is lapsed' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Validate(IsLetterReference)
  letter?: string;

  @ApiPropertyOptional({ example: '2021-03-12', description: "the letter's date: lateness is this day minus the due date; default: the stored letter's date" })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'letterDate must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'letterDate must be a date (YYYY-MM-DD)' })
  letterDate?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
