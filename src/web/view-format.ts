import type { CommitmentFilters } from '../commitments/commitments.repository';
import { latenessOf, termLabel } from '../commitments/domain/lateness';
import { DUTCH_TIME_ZONE } from '../common/time-zone';

const LONG_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: DUTCH_TIME_ZONE });

/** "30 juni 2020" for a calendar day (YYYY-MM-DD), or for an instant in Dutch time. */
export function dutchDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (value instanceof Date) return DATE_TIME.format(value);
  return LONG_DATE.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

export const STATUS_LABELS: Record<string, string> = {
  candidate: 'Te beoordelen',
  open: 'Openstaand',
  fulfilled: 'Nagekomen',
  partially_fulfilled: 'Deels nagekomen',
  lapsed: 'Vervallen',
  rejected: 'Afgewezen',
};
export const KIND_LABELS: Record<string, string> = { report: 'Informeren van de Kamer', action: 'Andere actie' };
export const ORIGIN_LABELS: Record<string, string> = { extracted: 'Gevonden in antwoord', tk_register: 'TK-toezeggingenregister', manual: 'Handmatig' };
export const DOCUMENT_KIND_LABELS: Record<string, string> = {
  questions: 'Schriftelijke vragen',
  postponement: 'Uitstelbericht',
  answer: 'Antwoord',
  letter: 'Kamerbrief',
  other: 'Document',
};
export const DUE_SOURCE_LABELS: Record<string, string> = {
  explicit: 'datum genoemd in het antwoord',
  phrase: 'afgeleid uit de termijn in het antwoord',
  default: 'geen termijn genoemd: standaardtermijn na de datum van het antwoord',
  manual: 'aangepast door de redactie',
};
export const EVENT_LABELS: Record<string, string> = {
  created: 'Vastgelegd',
  status_changed: 'Status gewijzigd',
  due_changed: 'Termijn gewijzigd',
  letter_linked: 'Brief gekoppeld',
  edited: 'Bewerkt',
};
export const SORT_LABELS: Record<string, string> = { due: 'Termijn (vroegst eerst)', '-due': 'Termijn (laatst eerst)', new: 'Nieuwste eerst', kept: 'Laatst nagekomen eerst', relevance: 'Beste zoekresultaat' };

/** "justitie-en-veiligheid" for "Justitie en Veiligheid". */
export function slugOf(ministry: string): string {
  return ministry
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function ownerOf(c: { ownerRole: string | null; ownerName?: string | null }): string {
  const parts = [c.ownerRole, c.ownerName].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : 'Onbekende bewindspersoon';
}

/** The query string of a set of filters, in a fixed order so equal searches share one URL. */
export function filterQuery(filters: CommitmentFilters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  };
  put('q', filters.q);
  put('status', filters.status?.join(','));
  put('overdue', filters.overdue);
  put('deadline', filters.deadline);
  put('ministry', filters.ministry);
  put('owner', filters.owner);
  put('year', filters.year);
  put('kind', filters.kind);
  put('origin', filters.origin);
  put('sort', filters.sort);
  for (const [key, value] of Object.entries(extra)) put(key, value);
  return params.toString();
}

/** Splits a text into before / quote / after so a template can mark the quote while escaping all three. */
export function highlight(text: string, start: number | null, end: number | null): { before: string; quote: string; after: string } {
  if (start === null || end === null || start < 0 || end > text.length || start >= end) return { before: text, quote: '', after: '' };
  return { before: text.slice(0, start), quote: text.slice(start, end), after: text.slice(end) };
}

export interface TextSegment {
  text: string;
  commitmentId?: string;
  status?: string;
  /** the text restates the commitment stated elsewhere in the document */
  restates?: boolean;
}

/** Where a commitment (or, with `restates`, one of its restatements) stands in a document's text. */
export interface TextSpan {
  id: string;
  status: string;
  start: number | null;
  end: number | null;
  restates?: boolean;
}

/** The document text cut into plain runs and commitment quotes; overlapping or invalid spans are skipped. */
export function segmentText(text: string, spans: TextSpan[]): TextSegment[] {
  const valid = spans
    .filter((s): s is TextSpan & { start: number; end: number } => s.start !== null && s.end !== null && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of valid) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), commitmentId: span.id, status: span.status, ...(span.restates ? { restates: true } : {}) });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** "1 dag", "2 dagen". */
export function dayCount(n: number): string {
  return n === 1 ? '1 dag' : `${n} dagen`;
}

export interface StatusBadge {
  label: string;
  /** CSS class: the status, `overdue`, or `past-term` for a default term or a recurring period that passed. */
  cls: string;
  overdue: boolean;
}

export interface BadgeRow {
  status: string;
  effectiveDue: string | null;
  dueSource: string;
  recurring: boolean;
  quote: string;
  vehicle?: string | null;
  deadlinePhrase?: string | null;
}

/** The one status vocabulary of every page: "Over tijd" only past a promised date; a default term or a period passing is said as such. */
export function statusBadge(row: BadgeRow, today: string): StatusBadge {
  const lateness = latenessOf({ ...row, text: `${row.deadlinePhrase ?? ''} ${row.vehicle ?? ''} ${row.quote}` }, today);
  if (!lateness.past || lateness.days === null) return { label: STATUS_LABELS[row.status] ?? row.status, cls: row.status, overdue: false };
  switch (lateness.kind) {
    case 'promised':
      return { label: `Over tijd (${dayCount(lateness.days)})`, cls: 'overdue', overdue: true };
    case 'default':
      return { label: `Openstaand; standaardtermijn ${dayCount(lateness.days)} verstreken`, cls: 'past-term', overdue: false };
    case 'recurring':
      return { label: `Openstaand; termijn van deze periode ${dayCount(lateness.days)} verstreken`, cls: 'past-term', overdue: false };
  }
}

/** How the deadline that counts was set, in words: "geen termijn genoemd; standaard 3 maanden". */
export function deadlineNote(row: BadgeRow, today: string, defaultTermDays: number): string | null {
  const lateness = latenessOf({ ...row, text: `${row.deadlinePhrase ?? ''} ${row.vehicle ?? ''} ${row.quote}` }, today);
  if (lateness.kind === 'default') return `geen termijn genoemd; standaard ${termLabel(defaultTermDays)}`;
  if (lateness.kind === 'recurring') return `terugkerend (${lateness.cadence}): telt per periode${lateness.countedFrom ? `; termijn van deze periode ${dutchDate(lateness.countedFrom)}` : ''}`;
  return null;
}
