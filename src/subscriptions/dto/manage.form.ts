import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, Equals, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { toList } from '../../common/query-transforms';
import { DIGEST_FREQUENCIES, DigestFrequency } from '../subscriber.entity';
import type { ManageAction } from '../subscriptions.service';

// HTML forms send numbers as strings and an empty field as ''. Messages are whole Dutch sentences: the page shows them as they are.
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : value);
const checked = ({ value }: { value: unknown }) => value === '1' || value === 'on' || value === true;
const MAX_SUBSCRIPTIONS = 500;

/** One subscription's fieldset on the manage page (`prefs[n][…]`). */
export class PreferenceFields {
  @IsUUID('all', { message: 'Onbekende melding.' })
  id!: string;

  @IsOptional()
  @Transform(checked)
  dueSoon?: boolean;

  @ValidateIf((fields: PreferenceFields) => fields.dueSoon === true)
  @Transform(toInteger)
  @IsInt({ message: 'Dagen vooraf moet tussen 1 en 60 liggen.' })
  @Min(1, { message: 'Dagen vooraf moet tussen 1 en 60 liggen.' })
  @Max(60, { message: 'Dagen vooraf moet tussen 1 en 60 liggen.' })
  dueSoonDays?: number;

  @Transform(toInteger)
  @IsInt({ message: 'Herhalen moet tussen 0 en 365 dagen liggen.' })
  @Min(0, { message: 'Herhalen moet tussen 0 en 365 dagen liggen.' })
  @Max(365, { message: 'Herhalen moet tussen 0 en 365 dagen liggen.' })
  repeatDays!: number;

  @IsOptional()
  @Transform(checked)
  paused?: boolean;
}

/**
 * Every form of the manage page posts here (application/x-www-form-urlencoded, no JavaScript):
 * `action` says which. `save` carries the digest choice and one `prefs[n]` group per subscription;
 * `resubscribe` the `ids` an "Ongedaan maken" brings back; `stop` needs the `confirm` tick.
 */
export class ManageForm {
  @IsString({ message: 'Onbekende actie.' })
  @Matches(/^(?:save|resubscribe|unsubscribe-all|stop|unsubscribe:[0-9a-f-]{36})$/i, { message: 'Onbekende actie.' })
  action: string = 'save';

  @IsOptional()
  @IsIn(DIGEST_FREQUENCIES, { message: 'Kies hoe vaak u e-mail wilt ontvangen.' })
  digest?: DigestFrequency;

  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(MAX_SUBSCRIPTIONS)
  @IsUUID('all', { each: true, message: 'Onbekende melding.' })
  ids?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUBSCRIPTIONS)
  @ValidateNested({ each: true })
  @Type(() => PreferenceFields)
  prefs?: PreferenceFields[];

  @ValidateIf((form: ManageForm) => form.action === 'stop')
  @Transform(checked)
  @Equals(true, { message: 'Vink aan dat u nooit meer e-mail wilt ontvangen.' })
  confirm?: boolean;
}

/** What the form asks SubscriptionsService.manage to do. */
export function manageActionOf(form: ManageForm): ManageAction {
  if (form.action === 'stop') return { kind: 'stop' };
  if (form.action === 'unsubscribe-all') return { kind: 'unsubscribe_all' };
  if (form.action.startsWith('unsubscribe:')) return { kind: 'unsubscribe', subscriptionId: form.action.slice('unsubscribe:'.length).toLowerCase() };
  if (form.action === 'resubscribe') return { kind: 'resubscribe', subscriptionIds: form.ids ?? [] };
  const preferences = (form.prefs ?? []).map((fields) => ({
    subscriptionId: fields.id,
    dueSoonDays: fields.dueSoon ? (fields.dueSoonDays ?? null) : null,
    repeatDays: fields.repeatDays,
    paused: fields.paused === true,
  }));
  return { kind: 'save', digest: form.digest ?? 'immediate', preferences };
}
