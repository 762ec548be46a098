import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DocumentTextReader } from '../../documents/document-text-reader';
import { DocumentImportService, DocumentMetadata, ImportResult, PreparedImport } from '../../importing/document-import.service';
import type { Office } from '../../extraction';
import { ObAnswerTexts } from '../ob/ob-answer-texts';
import { mapLimit } from './map-limit';
import { SyncFeedClient } from './syncfeed-client';
import type { TkEntity } from './syncfeed-parser';
import { TkActorRow, TkRepository } from './tk.repository';
import { ministryOfFunction, officeOfFunction, TkDocumentRecord, toDocumentRecord } from './tk-mapping';

/** Whether an answer's text came from officielebekendmakingen, or was asked there and read from the TK file instead. */
export type ObUse = 'used' | 'fallback' | null;

export type DocumentAction =
  | { action: 'delete'; tkId: string }
  | { action: 'store'; record: TkDocumentRecord; prepared: PreparedImport; resourceError: string | null; downloaded: boolean; ob: ObUse };

/** A feed entity after the first step: withdrawn, or a record with its file read (or not needed, or failed). */
export type FetchedDocument =
  | { action: 'delete'; tkId: string }
  | { action: 'store'; record: TkDocumentRecord; text: string | null; resourceError: string | null; downloaded: boolean; ob: ObUse };

export interface DocumentOutcome {
  stored: boolean;
  deleted: boolean;
  commitmentsFound: number;
  commitmentsCreated: number;
  /** For the steps that run after the transaction commits. */
  imported: ImportResult | null;
}

const BEWINDSPERSOON = /minister|staatssecretaris/i;
/** Files in flight per chunk; downloads are bounded in the client, parsing in the PDF pool. */
const FILE_CONCURRENCY = 32;

/**
 * TK Documents in three steps, a chunk at a time: `fetch` downloads and reads the files (no
 * database, so it can run while the previous chunk is stored); `prepare` looks up actors and cases
 * and analyses the text; `storeMany` writes the chunk inside the sync's transaction.
 */
@Injectable()
export class TkDocumentImporter {
  constructor(
    private readonly feed: SyncFeedClient,
    private readonly tk: TkRepository,
    private readonly importer: DocumentImportService,
    private readonly reader: DocumentTextReader,
    private readonly obAnswers: ObAnswerTexts,
  ) {}

  /** The entities toezegd follows (by Soort), with their files read; order kept. */
  fetch(entities: TkEntity[], signal?: AbortSignal): Promise<FetchedDocument[]> {
    const wanted: ({ action: 'delete'; tkId: string } | TkDocumentRecord)[] = [];
    for (const entity of entities) {
      if (entity.deleted) wanted.push({ action: 'delete', tkId: entity.id });
      else {
        const record = toDocumentRecord(entity);
        if (record) wanted.push(record);
      }
    }
    return mapLimit(wanted, FILE_CONCURRENCY, (item) => ('action' in item ? Promise.resolve(item) : this.fetchRecord(item, signal)));
  }

  fetchRecords(records: TkDocumentRecord[], signal?: AbortSignal): Promise<FetchedDocument[]> {
    return mapLimit(records, FILE_CONCURRENCY, (record) => this.fetchRecord(record, signal));
  }

  /** An answer published on officielebekendmakingen is read from there; everything else, or when that fails, from the TK file. */
  private async fetchRecord(record: TkDocumentRecord, signal?: AbortSignal): Promise<FetchedDocument> {
    if (!record.needsFile) return { action: 'store', record, text: '', resourceError: null, downloaded: false, ob: null };
    const fromOb = await this.obAnswers.textOf(record, signal);
    if (fromOb?.text !== undefined) return { action: 'store', record, text: fromOb.text, resourceError: null, downloaded: false, ob: 'used' };
    const ob = fromOb ? 'fallback' : null;
    let downloaded = false;
    try {
      const bytes = await this.feed.resource(record.tkId, signal);
      downloaded = true;
      return { action: 'store', record, text: (await this.reader.read(bytes)).text, resourceError: null, downloaded, ob };
    } catch (error) {
      if (signal?.aborted) throw signal.reason as Error;
      // The text is filled in by `prepare`: a failed download never blanks a stored text.
      return { action: 'store', record, text: null, resourceError: error instanceof Error ? error.message : String(error), downloaded, ob };
    }
  }

  /** Actors, cases and stored texts for the whole chunk in three queries; then the analysis. */
  async prepare(fetched: FetchedDocument[]): Promise<DocumentAction[]> {
    const records = fetched.flatMap((f) => (f.action === 'store' ? [f.record] : []));
    const [actors, caseNumbers, storedTexts] = await Promise.all([
      this.tk.actorsOfDocuments(records),
      this.tk.caseNumbersOf(records),
      this.tk.storedTextsOf(fetched.flatMap((f) => (f.action === 'store' && f.text === null ? [f.record.tkId] : []))),
    ]);
    return fetched.map((f) => {
      if (f.action === 'delete') return f;
      const { record } = f;
      const metadata: DocumentMetadata = {
        source: 'tk',
        externalId: record.tkId,
        number: record.number,
        kind: record.kind,
        title: record.title,
        date: record.date,
        sessionYear: record.sessionYear,
        appendixNumber: record.appendixNumber,
        caseNumber: caseNumbers.get(record.tkId) ?? null,
        url: record.needsFile ? this.feed.resourceUrl(record.tkId) : null,
        ownerFallback: ownerFromActors(actors.get(record.tkId) ?? []),
      };
      const text = f.text ?? storedTexts.get(record.tkId) ?? '';
      return {
        action: 'store', record, prepared: this.importer.prepare(text, metadata), resourceError: f.resourceError, downloaded: f.downloaded, ob: f.ob,
      };
    });
  }

  /** Writes a chunk (each TK id at most once) with a few statements for all of it; outcomes in input order. */
  async storeMany(em: EntityManager, actions: DocumentAction[]): Promise<DocumentOutcome[]> {
    const deleted = await this.tk.markDocumentsDeleted(em, actions.flatMap((a) => (a.action === 'delete' ? [a.tkId] : [])));
    const stores = actions.filter((a) => a.action === 'store');
    const results = await this.importer.storeMany(em, stores.map((a) => a.prepared), 'sync');
    await this.tk.markDocumentsRestored(em, stores.filter((_, i) => results[i].document.deleted).map((a) => a.record.tkId));
    await this.tk.replaceDocumentZaken(em, stores.map((a) => a.record));
    await this.tk.recordResourceOutcomes(em, stores.map((a) => ({ tkId: a.record.tkId, error: a.resourceError })));
    const letters = stores.flatMap((a) => (a.record.kind === 'letter' && a.record.number ? [a.record.number] : []));
    if (letters.length > 0) await this.tk.linkRegisterLetters(em, letters);
    const byId = new Map(stores.map((a, i) => [a.record.tkId, results[i]]));
    return actions.map((action) => {
      if (action.action === 'delete') {
        return { stored: false, deleted: deleted.has(action.tkId), commitmentsFound: 0, commitmentsCreated: 0, imported: null };
      }
      const result = byId.get(action.record.tkId)!;
      return {
        stored: result.created || result.updated,
        deleted: false,
        commitmentsFound: result.commitmentsFound,
        commitmentsCreated: result.commitmentsCreated,
        imported: result,
      };
    });
  }
}

/**
 * The bewindspersoon behind a document by the TK's own records: its signatory, else the one the
 * case's questions were put to. Used only where the text itself names no one.
 */
export function ownerFromActors(actors: TkActorRow[]): Office | null {
  const ministers = actors.filter((a) => a.function && BEWINDSPERSOON.test(a.function));
  const pick =
    ministers.find((a) => a.subjectType === 'document' && /ondertekenaar/i.test(a.relation ?? '')) ??
    ministers.find((a) => a.subjectType === 'document') ??
    ministers.find((a) => /gericht aan/i.test(a.relation ?? '')) ??
    ministers[0];
  if (!pick) return null;
  return { role: officeOfFunction(pick.function) ?? 'Minister', ministry: ministryOfFunction(pick.function), name: pick.name };
}
