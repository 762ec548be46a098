import type { CommitmentStatus } from '../../commitments/commitment.entity';
import type { DocumentKind } from '../../documents/document.entity';
import type { TkEntity } from './syncfeed-parser';

// The one place where TK field names meet ours. SyncFeed element names (lowerCamel) are stable;
// an OData v5 reader would map its JSON onto the same records here.

export const TK_CATEGORIES = ['Zaak', 'ZaakActor', 'DocumentActor', 'Document', 'Toezegging'] as const;
export type TkCategory = (typeof TK_CATEGORIES)[number];

export interface TkDocumentRecord {
  tkId: string;
  kind: DocumentKind;
  number: string | null;
  title: string | null;
  date: string | null;
  sessionYear: string | null;
  appendixNumber: string | null;
  zaakIds: string[];
  /** Answers, postponements and letters are read; the questions are kept for the chain only. */
  needsFile: boolean;
}

export interface TkZaakRecord {
  id: string;
  number: string | null;
  kind: string | null;
  title: string | null;
  startedOn: string | null;
}

export interface TkActorRecord {
  id: string;
  subjectType: 'document' | 'zaak';
  subjectTkId: string;
  name: string | null;
  function: string | null;
  relation: string | null;
  party: string | null;
  personTkId: string | null;
}

export interface TkToezeggingRecord {
  tkId: string;
  number: string | null;
  text: string;
  createdOn: string | null;
  ownerName: string | null;
  ownerRole: string | null;
  ministry: string | null;
  rawStatus: string | null;
  status: CommitmentStatus;
  letters: string[];
  fulfilledOn: string | null;
}

const first = (e: TkEntity, field: string): string | null => {
  const value = e.values[field]?.[0]?.trim();
  return value ? value : null;
};

/** YYYY-MM-DD of a TK date-time (kept in its own offset); `0001-01-01` means none. */
export function tkDay(value: string | null): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  if (!match || match[1].startsWith('0001-')) return null;
  return match[1];
}

const SOORT_KINDS: Record<string, DocumentKind> = {
  'schriftelijke vragen': 'questions',
  'antwoord schriftelijke vragen': 'answer',
  'antwoord schriftelijke vragen (nader)': 'answer',
  'mededeling (uitstel antwoord)': 'postponement',
  'brief regering': 'letter',
};

/** The kind toezegd keeps a TK Document as, or null for the ≈100 Soorten it does not follow. */
export function documentKindOfSoort(soort: string | null): DocumentKind | null {
  if (!soort) return null;
  const key = soort.trim().toLowerCase();
  return SOORT_KINDS[key] ?? (key.startsWith('brief regering') ? 'letter' : null);
}

export function toDocumentRecord(e: TkEntity): TkDocumentRecord | null {
  const soort = first(e, 'soort');
  const kind = documentKindOfSoort(soort);
  if (!kind) return null;
  return {
    tkId: e.id,
    kind,
    number: first(e, 'documentNummer'),
    title: first(e, 'onderwerp') ?? first(e, 'titel'),
    date: tkDay(first(e, 'datum')),
    sessionYear: first(e, 'vergaderjaar'),
    appendixNumber: first(e, 'aanhangselnummer'),
    zaakIds: [...new Set(e.refs.zaak ?? [])],
    needsFile: kind !== 'questions',
  };
}

export function toZaakRecord(e: TkEntity): TkZaakRecord {
  return {
    id: e.id,
    number: first(e, 'nummer'),
    kind: first(e, 'soort'),
    title: first(e, 'onderwerp') ?? first(e, 'titel'),
    startedOn: tkDay(first(e, 'gestartOp')),
  };
}

export function toActorRecord(e: TkEntity, subjectType: 'document' | 'zaak'): TkActorRecord | null {
  const subject = e.refs[subjectType]?.[0];
  if (!subject) return null;
  return {
    id: e.id,
    subjectType,
    subjectTkId: subject,
    name: first(e, 'actorNaam'),
    function: first(e, 'functie'),
    relation: first(e, 'relatie'),
    party: first(e, 'actorFractie'),
    personTkId: e.refs.persoon?.[0] ?? null,
  };
}

export function toToezeggingRecord(e: TkEntity): TkToezeggingRecord {
  const rawStatus = e.values.status?.[0]?.trim() ?? null;
  const role = first(e, 'functie');
  const spelled = [first(e, 'voornaam'), first(e, 'tussenvoegsel'), first(e, 'achternaam')].filter(Boolean).join(' ');
  return {
    tkId: e.id,
    number: first(e, 'nummer'),
    text: first(e, 'tekst') ?? '',
    createdOn: tkDay(first(e, 'aanmaakdatum')) ?? tkDay(e.updated),
    ownerName: first(e, 'naam') ?? (spelled || null),
    ownerRole: role,
    ministry: first(e, 'ministerie') ?? ministryOfFunction(role),
    rawStatus,
    status: registerStatus(rawStatus),
    letters: [...new Set((e.values.kamerbriefNakoming ?? []).map((v) => v.trim()).filter(Boolean))],
    fulfilledOn: tkDay(first(e, 'datumNakoming')),
  };
}

const REGISTER_STATUSES: Record<string, CommitmentStatus> = {
  openstaand: 'open',
  afgedaan: 'fulfilled',
  voldaan: 'fulfilled',
  'deels afgedaan': 'partially_fulfilled',
  'deels voldaan': 'partially_fulfilled',
  vervallen: 'lapsed',
};

/** TK register status → ours. Empty or unknown values stay open; the raw value is kept beside it. */
export function registerStatus(raw: string | null): CommitmentStatus {
  return REGISTER_STATUSES[(raw ?? '').trim().toLowerCase().replace(/\s+/g, ' ')] ?? 'open';
}

/** "Minister van Infrastructuur en Waterstaat" → "Infrastructuur en Waterstaat". */
export function ministryOfFunction(role: string | null): string | null {
  const match = role ? /^(?:minister|staatssecretaris)\s+(?:van|voor)\s+(.+)$/i.exec(role.trim()) : null;
  if (!match) return role && /^minister-president/i.test(role.trim()) ? 'Algemene Zaken' : null;
  return match[1].trim();
}

/** A bewindspersoon's office written the way our documents write it ("Minister van Financiën"). */
export function officeOfFunction(role: string | null): string | null {
  if (!role) return null;
  const trimmed = role.trim().replace(/\s+/g, ' ');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
