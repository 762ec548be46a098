import { invalidInput } from '../../common/domain-error';
import { isCalendarDate } from '../../common/text-input';
import { COMMITMENT_KINDS } from '../../commitments/commitment.entity';
import type { DeadlineChange } from '../../commitments/deadline-change.service';
import type { CommitmentCorrection } from '../../commitments/review.service';
import { FULFILMENT_STATUSES } from '../../fulfilment/dto/record-fulfilment.dto';
import type { FulfilmentInput } from '../../fulfilment/fulfilment.service';
import { parseLetterReference } from '../../fulfilment/letter-reference';

type Form = Record<string, unknown>;

// Form fields arrive as strings (or are missing); anything else is not from our forms.
function text(form: Form, name: string, max: number): string | undefined {
  const value = form[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidInput(`Ongeldig veld: ${name}.`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw invalidInput(`Het veld ${name} mag hoogstens ${max} tekens lang zijn.`);
  return trimmed;
}

const nullable = (value: string | undefined) => (value === undefined ? undefined : value === '' ? null : value);

export function correctionFrom(form: Form): CommitmentCorrection {
  const kind = text(form, 'kind', 20);
  if (kind !== undefined && !(COMMITMENT_KINDS as readonly string[]).includes(kind)) throw invalidInput('Kies een geldige soort.');
  return {
    kind: kind as CommitmentCorrection['kind'],
    ownerRole: nullable(text(form, 'ownerRole', 200)),
    ownerName: nullable(text(form, 'ownerName', 200)),
    ministry: nullable(text(form, 'ministry', 200)),
    vehicle: nullable(text(form, 'vehicle', 2000)),
    deadlinePhrase: nullable(text(form, 'deadlinePhrase', 500)),
  };
}

export function fulfilmentFrom(form: Form): FulfilmentInput {
  const status = text(form, 'status', 30) ?? '';
  if (!(FULFILMENT_STATUSES as readonly string[]).includes(status)) throw invalidInput('Kies: nagekomen, deels nagekomen of vervallen.');
  const letter = text(form, 'letter', 500) || undefined;
  if (status !== 'lapsed' && !letter) throw invalidInput('Vul de brief in die de toezegging nakomt (documentnummer of link).');
  if (letter && !parseLetterReference(letter)) throw invalidInput('Onbekende brief: geef een documentnummer van de Tweede Kamer (bijvoorbeeld 2021D12345) of een https-link op tweedekamer.nl, officielebekendmakingen.nl, open.overheid.nl of rijksoverheid.nl.');
  return { status: status as FulfilmentInput['status'], letter, note: text(form, 'note', 2000) || undefined };
}

export function deadlineFrom(form: Form): DeadlineChange {
  const due = text(form, 'due', 10) ?? '';
  if (due !== '' && !isCalendarDate(due)) throw invalidInput('Vul de nieuwe termijn in als datum (jjjj-mm-dd).');
  const reason = text(form, 'reason', 1000) ?? '';
  if (!reason) throw invalidInput('Geef een reden voor de nieuwe termijn.');
  return { due: due || null, reason, deadlinePhrase: text(form, 'deadlinePhrase', 500) || undefined };
}

export function noteFrom(form: Form): string | undefined {
  return text(form, 'note', 2000) || undefined;
}

export interface AcceptForm {
  status?: 'fulfilled' | 'partially_fulfilled';
  note?: string;
}

export function acceptFrom(form: Form): AcceptForm {
  const status = text(form, 'status', 30) || undefined;
  if (status !== undefined && status !== 'fulfilled' && status !== 'partially_fulfilled') throw invalidInput('Kies: nagekomen of deels nagekomen.');
  return { status, note: text(form, 'note', 2000) || undefined };
}

/** Where a suggestion form returns to: the queue (default) or the commitment page. Never a URL from the form. */
export function returnTo(form: Form): 'queue' | 'commitment' {
  return form.terug === 'toezegging' ? 'commitment' : 'queue';
}

/** The queue's page number from the query string. */
export function pageFrom(value: unknown): number {
  if (value === undefined || value === '') return 1;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value) || Number(value) < 1) throw invalidInput('Ongeldig paginanummer.');
  return Number(value);
}
