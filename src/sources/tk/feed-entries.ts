import type { FeedEntry, TkEntity } from './syncfeed-parser';
import {
  isGuid, TkActorRecord, TkCategory, TkDocumentRecord, TkDocumentVersionRecord, toActorRecord, toDocumentRecord, toDocumentVersionRecord,
} from './tk-mapping';

/** Why a feed entry was passed over; counted per reason in the sync summary and logged with its id. */
export type SkipReason =
  | 'outside the tkData namespace'
  | 'id is not a GUID'
  | 'another entity type'
  | 'Soort not followed'
  | 'no document or zaak ref';

/** Reasons that are a plain choice of what toezegd follows, not a surprise: logged at debug level. */
export const EXPECTED_SKIPS: ReadonlySet<SkipReason> = new Set(['Soort not followed']);

export interface SkippedEntry {
  id: string;
  reason: SkipReason;
  detail: string | null;
}

/**
 * The entities of a chunk the category reads, the last version per id (the feed carries every
 * change; within one transaction only the last matters), and every other entry with its reason.
 */
export function readEntries(category: TkCategory, entries: FeedEntry[]): { entities: TkEntity[]; skipped: SkippedEntry[] } {
  const expected = category.toLowerCase();
  const latest = new Map<string, TkEntity>();
  const skipped: SkippedEntry[] = [];
  for (const { title, entity } of entries) {
    if (!entity) skipped.push({ id: title || '(no title)', reason: 'outside the tkData namespace', detail: null });
    else if (!isGuid(entity.id)) skipped.push({ id: entity.id || title || '(no id)', reason: 'id is not a GUID', detail: null });
    else if (entity.type.toLowerCase() !== expected) skipped.push({ id: entity.id, reason: 'another entity type', detail: entity.type });
    else {
      latest.delete(entity.id);
      latest.set(entity.id, entity);
    }
  }
  return { entities: [...latest.values()], skipped };
}

/** Withdrawn documents, and the records of the Soorten toezegd follows; the others skipped. */
export function documentsOf(entities: TkEntity[]) {
  const wanted: ({ action: 'delete'; tkId: string } | TkDocumentRecord)[] = [];
  const skipped: SkippedEntry[] = [];
  for (const entity of entities) {
    if (entity.deleted) {
      wanted.push({ action: 'delete', tkId: entity.id });
      continue;
    }
    const record = toDocumentRecord(entity);
    if (record) wanted.push(record);
    else skipped.push({ id: entity.id, reason: 'Soort not followed', detail: entity.values.soort?.[0]?.trim() ?? null });
  }
  return { wanted, skipped };
}

/** Live actors with the document or case they belong to; the others skipped. */
export function actorsOf(entities: TkEntity[], subject: 'document' | 'zaak') {
  return liveRecords<TkActorRecord>(entities, (e) => toActorRecord(e, subject));
}

export function documentVersionsOf(entities: TkEntity[]) {
  return liveRecords<TkDocumentVersionRecord>(entities, toDocumentVersionRecord);
}

function liveRecords<T>(entities: TkEntity[], map: (e: TkEntity) => T | null): { records: T[]; skipped: SkippedEntry[] } {
  const records: T[] = [];
  const skipped: SkippedEntry[] = [];
  for (const entity of entities.filter((e) => !e.deleted)) {
    const record = map(entity);
    if (record) records.push(record);
    else skipped.push({ id: entity.id, reason: 'no document or zaak ref', detail: null });
  }
  return { records, skipped };
}
