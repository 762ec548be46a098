import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CommitmentsRepository } from '../../commitments/commitments.repository';
import { DomainError } from '../../common/domain-error';
import { DocumentTextReader } from '../../documents/document-text-reader';
import { DocumentsRepository, ResourceOutcome } from '../../documents/documents.repository';
import type { Office } from '../../extraction';
import { DocumentImportService, DocumentMetadata, ImportResult, PreparedImport } from '../../importing/document-import.service';
import { answerPublication, ObPublicationChoice } from '../ob/ob-answer-id';
import { ObAnswerTexts } from '../ob/ob-answer-texts';
import { mapLimit } from './map-limit';
import { SyncFeedClient } from './syncfeed-client';
import { TkActorRow, TkRepository } from './tk.repository';
import { kamerstukNumberOf, ministryOfFunction, officeOfFunction, TkDocumentRecord } from './tk-mapping';

/** Whether an answer's text came from officielebekendmakingen, or was asked there and read from the TK file instead. */
export type ObUse = 'used' | 'fallback' | null;

/**
 * What became of a document's file: not needed (questions), read (from the TK or from
 * officielebekendmakingen), failed (`unreadable`: the bytes came but are no document we can read,
 * so the file is not fetched again until the entity changes), or not fetched because it was
 * unreadable at this very version of the entity.
 */
export type FileOutcome =
  | { state: 'none' }
  | { state: 'read'; downloaded: boolean }
  | { state: 'failed'; error: string; unreadable: boolean; downloaded: boolean }
  | { state: 'unreadable-unchanged'; error: string };

interface StoreFields {
  record: TkDocumentRecord;
  file: FileOutcome;
  ob: ObUse;
  /** The officielebekendmakingen id chosen for an answer (only when OB_URL is set). */
  publication: ObPublicationChoice | null;
}

export type DocumentAction = { action: 'delete'; tkId: string } | ({ action: 'store'; prepared: PreparedImport } & StoreFields);

/** A feed entity after the first step: withdrawn, or a record with its file read (text null: keep the stored text). */
export type FetchedDocument = { action: 'delete'; tkId: string } | ({ action: 'store'; text: string | null } & StoreFields);

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
 * TK Documents in three steps, a chunk at a time: `fetch` downloads and reads the files (only
 * reads from the database, so it can run while the previous chunk is stored); `prepare` looks up
 * actors and cases and analyses the text; `storeMany` writes the chunk inside the sync's
 * transaction, through the documents' and commitments' own repositories.
 */
@Injectable()
export class TkDocumentImporter {
  constructor(
    private readonly feed: SyncFeedClient,
    private readonly tk: TkRepository,
    private readonly importer: DocumentImportService,
    private readonly documents: DocumentsRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly reader: DocumentTextReader,
    private readonly obAnswers: ObAnswerTexts,
  ) {}

  /** Withdrawn documents and the records toezegd follows, with their files read; order kept. */
  async fetch(wanted: ({ action: 'delete'; tkId: string } | TkDocumentRecord)[], signal?: AbortSignal): Promise<FetchedDocument[]> {
    const records = wanted.filter((w): w is TkDocumentRecord => !('action' in w));
    const withFile = records.filter((r) => r.needsFile);
    const answers = this.obAnswers.enabled ? withFile.filter((r) => r.kind === 'answer') : [];
    const [unreadable, identifiers] = await Promise.all([
      this.tk.unreadableVersionsOf(withFile.map((r) => r.tkId)),
      this.tk.externalIdentifiersOf(answers),
    ]);
    return mapLimit(wanted, FILE_CONCURRENCY, (item) => {
      if ('action' in item) return Promise.resolve(item);
      const known = unreadable.get(item.tkId);
      if (known && item.version !== null && known.version === item.version) {
        return Promise.resolve({ action: 'store', record: item, text: null, file: { state: 'unreadable-unchanged', error: known.reason }, ob: null, publication: null } as const);
      }
      const publication = this.obAnswers.enabled && item.kind === 'answer' && item.needsFile ? answerPublication(item, identifiers.get(item.tkId)) : null;
      return this.fetchRecord(item, publication, signal);
    });
  }


  /** An answer published on officielebekendmakingen is read from there; everything else, or when that fails, from the TK file. */
  private async fetchRecord(record: TkDocumentRecord, publication: ObPublicationChoice | null, signal?: AbortSignal): Promise<FetchedDocument> {
    const fields = { action: 'store', record, publication } as const;
    if (!record.needsFile) return { ...fields, text: '', file: { state: 'none' }, ob: null };
    const fromOb = await this.obAnswers.textOf(record, publication?.id ?? null, signal);
    if (fromOb?.text !== undefined) return { ...fields, text: fromOb.text, file: { state: 'read', downloaded: false }, ob: 'used' };
    const ob = fromOb ? 'fallback' : null;
    let downloaded = false;
    try {
      const bytes = await this.feed.resource(record.tkId, signal);
      downloaded = true;
      const { text } = await this.reader.read(bytes, '', record.contentType);
      return { ...fields, text, file: { state: 'read', downloaded }, ob };
    } catch (error) {
      if (signal?.aborted) throw signal.reason as Error;
      // The bytes came and are no document we can read: asking again gives the same bytes.
      const unreadable = downloaded && error instanceof DomainError;
      const message = error instanceof Error ? error.message : String(error);
      // The text is filled in by `prepare`: a failed download never blanks a stored text.
      return { ...fields, text: null, file: { state: 'failed', error: message, unreadable, downloaded }, ob };
    }
  }

  /** Actors, cases, dossiers and stored texts for the whole chunk in four queries; then the analysis. */
  async prepare(fetched: FetchedDocument[]): Promise<DocumentAction[]> {
    const records = fetched.flatMap((f) => (f.action === 'store' ? [f.record] : []));
    const [actors, caseNumbers, dossiers, storedTexts] = await Promise.all([
      this.tk.actorsOfDocuments(records),
      this.tk.caseNumbersOf(records),
      this.tk.dossierNumbersOf(records),
      this.tk.storedTextsOf(fetched.flatMap((f) => (f.action === 'store' && f.text === null ? [f.record.tkId] : []))),
    ]);
    return fetched.map((f) => {
      if (f.action === 'delete') return f;
      const { record, text, ...rest } = f;
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
        kamerstukDossier: record.storedKamerstuk ? record.storedKamerstuk.dossier : (dossiers.get(record.tkId) ?? null),
        kamerstukNumber: record.storedKamerstuk ? record.storedKamerstuk.number : kamerstukNumberOf(record),
        url: record.needsFile ? this.feed.resourceUrl(record.tkId) : null,
        ownerFallback: ownerFromActors(actors.get(record.tkId) ?? []),
      };
      return { ...rest, action: 'store', record, prepared: this.importer.prepare(text ?? storedTexts.get(record.tkId) ?? '', metadata) };
    });
  }

  /** Writes a chunk (each TK id at most once) with a few statements for all of it; outcomes in input order. */
  async storeMany(em: EntityManager, actions: DocumentAction[]): Promise<DocumentOutcome[]> {
    const hidden = await this.documents.hideWithdrawn(em, 'tk', actions.flatMap((a) => (a.action === 'delete' ? [a.tkId] : [])));
    await this.commitments.setWithdrawnOfDocuments(em, hidden.map((d) => d.id), true);
    const stores = actions.filter((a) => a.action === 'store');
    const results = await this.importer.storeMany(em, stores.map((a) => a.prepared), 'sync');
    const shown = await this.documents.showRepublished(em, 'tk', stores.filter((_, i) => results[i].document.deleted).map((a) => a.record.tkId));
    await this.commitments.setWithdrawnOfDocuments(em, shown, false);
    await this.tk.replaceDocumentZaken(em, stores.map((a) => a.record));
    await this.copyCaseNumbers(em, { documentTkIds: stores.map((a) => a.record.tkId) });
    await this.documents.recordResourceOutcomes(em, 'tk', stores.flatMap(({ record, file }) => resourceOutcome(record, file)));
    const letters = stores.flatMap((a) => (a.record.kind === 'letter' && a.record.number ? [a.record.number] : []));
    if (letters.length > 0) await this.commitments.linkRegisterLetters(em, letters);
    const hiddenIds = new Set(hidden.map((d) => d.externalId));
    const byId = new Map(stores.map((a, i) => [a.record.tkId, results[i]]));
    return actions.map((action) => {
      if (action.action === 'delete') {
        return { stored: false, deleted: hiddenIds.has(action.tkId), commitmentsFound: 0, commitmentsCreated: 0, imported: null };
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

  /** Copies onto stored documents the case number their TK cases give them, once both are known (see `caseNumbersToCopy`). */
  async copyCaseNumbers(em: EntityManager, scope: { zaakIds?: string[]; documentTkIds?: string[] }): Promise<void> {
    await this.documents.setCaseNumbers(em, 'tk', await this.tk.caseNumbersToCopy(em, scope));
  }
}

function resourceOutcome(record: TkDocumentRecord, file: FileOutcome): ResourceOutcome[] {
  const externalId = record.tkId;
  switch (file.state) {
    case 'read':
    case 'none':
      return [{ externalId, error: null, unreadableVersion: null }];
    case 'failed':
      // Without a version the next feed entry for it counts as a change.
      return [{ externalId, error: file.error, unreadableVersion: file.unreadable ? (record.version ?? '') : null }];
    case 'unreadable-unchanged':
      return [];
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
