import type { CommitmentStatus } from '../../commitments/commitment.entity';
import type { DocumentKind } from '../../documents/document.entity';
import type { TkEntity } from './syncfeed-parser';

// The one place where TK field names meet ours. SyncFeed element names (lowerCamel) are stable;
// an OData v5 reader would map its JSON onto the same records here.

// DocumentVersie and Kamerstukdossier before Document: an answer's officielebekendmakingen id is its current
// version's ExterneIdentifier, and a kamerstuk's dossier number is on the dossier its document points at.
export const TK_CATEGORIES = ['Zaak', 'ZaakActor', 'DocumentActor', 'DocumentVersie', 'Kamerstukdossier', 'Document', 'Toezegging'] as const;
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
  /** What the TK says the file is (`tk:contentType`), consulted before its bytes. */
  contentType: string | null;
  /** The entity's `bijgewerkt`: a file that could not be read is not fetched again until this changes. */
  version: string | null;
  /** The `huidigeDocumentVersie` ref, whose ExterneIdentifier names the publication on officielebekendmakingen. */
  currentVersionTkId: string | null;
  /** Kamerstuk identity as the feed gives it: the `kamerstukdossier` refs and the `volgnummer` (-1 for non-kamerstukken). */
  dossierTkIds: string[];
  sequenceNumber: number | null;
  /** A record read back from the database to retry its file carries the Kamerstuk identity stored from the feed. */
  storedKamerstuk?: { dossier: string | null; number: string | null };
}

export interface TkDossierRecord {
  id: string;
  number: string | null;
  addition: string | null;
}

export interface TkDocumentVersionRecord {
  id: string;
  documentTkId: string;
  /** The id on officielebekendmakingen (`ah-tk-…`, `kst-…`, `kv-tk-…`), when published there. */
  externalIdentifier: string | null;
  versionNumber: number | null;
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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a TK id or ref can be stored as the uuid it should be. */
export function isGuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && GUID.test(value);
}

const guidRefs = (e: TkEntity, field: string): string[] => [...new Set((e.refs[field] ?? []).filter(isGuid))];

function integerOf(value: string | null): number | null {
  return value !== null && /^-?\d+$/.test(value) ? Number(value) : null;
}

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
    zaakIds: guidRefs(e, 'zaak'),
    needsFile: kind !== 'questions',
    contentType: e.attributes.contentType?.trim() || null,
    version: e.updated,
    currentVersionTkId: guidRefs(e, 'huidigeDocumentVersie')[0] ?? null,
    dossierTkIds: guidRefs(e, 'kamerstukdossier'),
    sequenceNumber: integerOf(first(e, 'volgnummer')),
  };
}

export function toDossierRecord(e: TkEntity): TkDossierRecord {
  return { id: e.id, number: first(e, 'nummer'), addition: first(e, 'toevoeging') };
}

/** "35300" with part "X" → "35300-X", the way documents cite a Kamerstuk dossier. */
export function dossierNumberOf(dossier: { number: string | null; addition: string | null }): string | null {
  if (!dossier.number) return null;
  return dossier.addition ? `${dossier.number}-${dossier.addition}` : dossier.number;
}

/** A document's number within its Kamerstuk dossier; `volgnummer` is -1 (or absent) for what is no kamerstuk. */
export function kamerstukNumberOf(record: TkDocumentRecord): string | null {
  return record.dossierTkIds.length > 0 && record.sequenceNumber !== null && record.sequenceNumber > 0 ? String(record.sequenceNumber) : null;
}

/** A DocumentVersie; the field is `externeidentifier` in the feed, matched in any case. */
export function toDocumentVersionRecord(e: TkEntity): TkDocumentVersionRecord | null {
  const documentTkId = guidRefs(e, 'document')[0];
  if (!documentTkId) return null;
  const field = Object.keys(e.values).find((key) => key.toLowerCase() === 'externeidentifier');
  return {
    id: e.id,
    documentTkId,
    externalIdentifier: field ? first(e, field) : null,
    versionNumber: integerOf(first(e, 'versienummer')),
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
  const subject = guidRefs(e, subjectType)[0];
  if (!subject) return null;
  return {
    id: e.id,
    subjectType,
    subjectTkId: subject,
    name: first(e, 'actorNaam'),
    function: first(e, 'functie'),
    relation: first(e, 'relatie'),
    party: first(e, 'actorFractie'),
    personTkId: guidRefs(e, 'persoon')[0] ?? null,
  };
}

export function toToezeggingRecord(e: TkEntity): TkToezeggingRecord {
  const rawStatus = e.values.status?.[0]?.trim() ?? null;
  const role = first(e, 'functie');
  return {
    tkId: e.id,
    number: first(e, 'nummer'),
    text: first(e, 'tekst') ?? '',
    createdOn: tkDay(first(e, 'aanmaakdatum')) ?? tkDay(e.updated),
    ownerName: registerOwnerName(e),
    ownerRole: role,
    ministry: first(e, 'ministerie') ?? ministryOfFunction(role),
    rawStatus,
    status: registerStatus(rawStatus),
    letters: [...new Set((e.values.kamerbriefNakoming ?? []).map((v) => v.trim()).filter(Boolean))],
    fulfilledOn: tkDay(first(e, 'datumNakoming')),
  };
}

/**
 * The register names people surname first ("Madlener, B."); everywhere else toezegd writes them
 * initials first ("B. Madlener"), as the documents and the TK's actor records do.
 */
function registerOwnerName(e: TkEntity): string | null {
  const initials = first(e, 'initialen');
  const surname = first(e, 'achternaam');
  if (initials && surname) return [initials, first(e, 'tussenvoegsel'), surname].filter(Boolean).join(' ');
  const name = first(e, 'naam');
  if (name) return initialsFirst(name);
  return [first(e, 'voornaam'), first(e, 'tussenvoegsel'), surname].filter(Boolean).join(' ') || null;
}

/** "Madlener, B." → "B. Madlener"; "Graaf, Th.C. de" → "Th.C. de Graaf"; a name without a comma stays. */
export function initialsFirst(name: string): string {
  const match = /^([^,]+),\s*(.+)$/.exec(name.trim().replace(/\s+/g, ' '));
  return match ? `${match[2].trim()} ${match[1].trim()}` : name.trim();
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
