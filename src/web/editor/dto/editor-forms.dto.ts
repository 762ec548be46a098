import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Validate, ValidateIf, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { COMMITMENT_KINDS, CommitmentKind } from '../../../commitments/commitment.entity';
import type { DeadlineChange } from '../../../commitments/deadline-change.service';
import type { CommitmentCorrection } from '../../../commitments/review.service';
import { FULFILMENT_STATUSES, FulfilmentStatus } from '../../../fulfilment/dto/record-fulfilment.dto';
import type { FulfilmentInput } from '../../../fulfilment/fulfilment.service';
import { parseLetterReference } from '../../../fulfilment/letter-reference';
import { isCalendarDate } from '../../../common/text-input';

// HTML forms send every field as a string, empty ones as ''. Messages are whole Dutch sentences: pages show them as they are.
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankIsUnset = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

@ValidatorConstraint({ name: 'letterReference' })
class IsLetterReference implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseLetterReference(value) !== null;
  }

  defaultMessage(): string {
    return 'Onbekende brief: geef een documentnummer van de Tweede Kamer (bijvoorbeeld 2021D12345) of een https-link op tweedekamer.nl, officielebekendmakingen.nl, open.overheid.nl of rijksoverheid.nl.';
  }
}

@ValidatorConstraint({ name: 'calendarDay' })
class IsCalendarDay implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isCalendarDate(value);
  }

  defaultMessage(): string {
    return 'Vul een datum in als jjjj-mm-dd.';
  }
}

/** Every editor form carries the session's CSRF token (checked by the session guard). */
export class EditorForm {
  @IsOptional()
  @IsString()
  _csrf?: string;
}

export class KindForm extends EditorForm {
  @IsIn(COMMITMENT_KINDS, { message: 'Kies een geldige soort.' })
  kind!: CommitmentKind;
}

/** The login form: the editor's token and the login nonce (compared with the login cookie by the controller). */
export class LoginForm extends EditorForm {
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Vul uw redactiesleutel in.' })
  @MaxLength(512, { message: 'Onbekende redactiesleutel.' })
  token?: string;
}

export class NoteForm extends EditorForm {
  @IsOptional()
  @Transform(blankIsUnset)
  @IsString()
  @MaxLength(2000, { message: 'De toelichting mag hoogstens 2000 tekens lang zijn.' })
  note?: string;
}

/** The fulfilment form: the letter that kept the promise and its date. */
export class FulfilmentForm extends NoteForm {
  @IsIn(FULFILMENT_STATUSES, { message: 'Kies: nagekomen, deels nagekomen of vervallen.' })
  status!: FulfilmentStatus;

  @ValidateIf((form: FulfilmentForm) => form.status !== 'lapsed' || form.letter !== undefined)
  @Transform(blankIsUnset)
  @IsNotEmpty({ message: 'Vul de brief in die de toezegging nakomt (documentnummer of link).' })
  @MaxLength(500, { message: 'De brief mag hoogstens 500 tekens lang zijn.' })
  @Validate(IsLetterReference)
  letter?: string;

  @IsOptional()
  @Transform(blankIsUnset)
  @Validate(IsCalendarDay, { message: 'Vul de datum van de brief in als jjjj-mm-dd.' })
  letterDate?: string;
}

export function fulfilmentOf(form: FulfilmentForm): FulfilmentInput {
  return { status: form.status, letter: form.letter, letterDate: form.letterDate, note: form.note };
}

export class DeadlineForm extends EditorForm {
  @IsOptional()
  @Transform(blankIsUnset)
  @Validate(IsCalendarDay, { message: 'Vul de nieuwe termijn in als datum (jjjj-mm-dd).' })
  due?: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: 'Geef een reden voor de nieuwe termijn.' })
  @MaxLength(1000, { message: 'De reden mag hoogstens 1000 tekens lang zijn.' })
  reason!: string;

  @IsOptional()
  @Transform(blankIsUnset)
  @IsString()
  @MaxLength(500, { message: 'De formulering mag hoogstens 500 tekens lang zijn.' })
  deadlinePhrase?: string;
}

export function deadlineOf(form: DeadlineForm): DeadlineChange {
  return { due: form.due ?? null, reason: form.reason, deadlinePhrase: form.deadlinePhrase };
}

/** Corrections: a field left empty clears it; a field not on the form stays as it is. */
export class CorrectionForm extends EditorForm {
  @IsOptional()
  @Transform(blankIsUnset)
  @IsIn(COMMITMENT_KINDS, { message: 'Kies een geldige soort.' })
  kind?: CommitmentKind;

  @IsOptional() @Transform(trimmed) @IsString() @MaxLength(200, { message: 'De functie mag hoogstens 200 tekens lang zijn.' })
  ownerRole?: string;

  @IsOptional() @Transform(trimmed) @IsString() @MaxLength(200, { message: 'De naam mag hoogstens 200 tekens lang zijn.' })
  ownerName?: string;

  @IsOptional() @Transform(trimmed) @IsString() @MaxLength(200, { message: 'Het ministerie mag hoogstens 200 tekens lang zijn.' })
  ministry?: string;

  @IsOptional() @Transform(trimmed) @IsString() @MaxLength(2000, { message: 'Het beloofde stuk mag hoogstens 2000 tekens lang zijn.' })
  vehicle?: string;

  @IsOptional() @Transform(trimmed) @IsString() @MaxLength(500, { message: 'De termijn mag hoogstens 500 tekens lang zijn.' })
  deadlinePhrase?: string;
}

export function correctionOf(form: CorrectionForm): CommitmentCorrection {
  const nullable = (value: string | undefined) => (value === undefined ? undefined : value === '' ? null : value);
  return {
    kind: form.kind,
    ownerRole: nullable(form.ownerRole),
    ownerName: nullable(form.ownerName),
    ministry: nullable(form.ministry),
    vehicle: nullable(form.vehicle),
    deadlinePhrase: nullable(form.deadlinePhrase),
  };
}

/** Accepting a suggested letter; `terug` says where to go afterwards (never a URL from the form). */
export class AcceptSuggestionForm extends NoteForm {
  @IsOptional()
  @Transform(blankIsUnset)
  @IsIn(['fulfilled', 'partially_fulfilled'], { message: 'Kies: nagekomen of deels nagekomen.' })
  status?: 'fulfilled' | 'partially_fulfilled';

  @IsOptional()
  @IsIn(['toezegging', 'wachtrij'])
  terug?: 'toezegging' | 'wachtrij';
}

export class RejectSuggestionForm extends EditorForm {
  @IsOptional()
  @IsIn(['toezegging', 'wachtrij'])
  terug?: 'toezegging' | 'wachtrij';
}

/** The query of the review queue and the suggestions page. */
export class EditorQueueQuery {
  @IsOptional()
  @Transform(blankIsUnset)
  @Matches(/^\d{1,4}$/, { message: 'Ongeldig paginanummer.' })
  pagina?: string;

  @IsOptional()
  @Transform(blankIsUnset)
  @IsUUID('all', { message: 'Onbekende toezegging.' })
  geaccepteerd?: string;

  @IsOptional()
  @Transform(blankIsUnset)
  @IsUUID('all', { message: 'Onbekende toezegging.' })
  afgewezen?: string;

  @IsOptional()
  @Transform(blankIsUnset)
  @IsUUID('all', { message: 'Onbekende toezegging.' })
  beoordeeld?: string;

  /** The candidate whose kind was just changed. */
  @IsOptional()
  @Transform(blankIsUnset)
  @IsUUID('all', { message: 'Onbekende toezegging.' })
  soort?: string;
}
