import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { documentTextFromBytes } from '../../documents/document-file';
import { DocumentImportService, DocumentMetadata, ImportResult, PreparedImport } from '../../documents/document-import.service';
import type { Office } from '../../extraction';
import { SyncFeedClient } from './syncfeed-client';
import type { TkEntity } from './syncfeed-parser';
import { TkActorRow, TkRepository } from './tk.repository';
import { ministryOfFunction, officeOfFunction, TkDocumentRecord, toDocumentRecord } from './tk-mapping';

export type DocumentAction =
  | { action: 'delete'; tkId: string }
  | { action: 'store'; record: TkDocumentRecord; prepared: PreparedImport; resourceError: string | null; downloaded: boolean };

export interface DocumentOutcome {
  stored: boolean;
  created: boolean;
  deleted: boolean;
  commitmentsFound: number;
  commitmentsCreated: number;
  /** For the steps that run after the transaction commits. */
  imported: ImportResult | null;
}

const BEWINDSPERSOON = /minister|staatssecretaris/i;

/**
 * TK Documents in two steps: `prepare` downloads and reads the file and analyses the text
 * (outside any transaction); `store` writes it inside the sync's transaction.
 */
@Injectable()
export class TkDocumentImporter {
  constructor(
    private readonly feed: SyncFeedClient,
    private readonly tk: TkRepository,
    private readonly importer: DocumentImportService,
  ) {}

  /** What to do with this entity, or null when toezegd does not follow its Soort. */
  async prepare(entity: TkEntity, signal?: AbortSignal): Promise<DocumentAction | null> {
    if (entity.deleted) return { action: 'delete', tkId: entity.id };
    const record = toDocumentRecord(entity);
    if (!record) return null;
    return this.prepareRecord(record, signal);
  }

  async prepareRecord(record: TkDocumentRecord, signal?: AbortSignal): Promise<DocumentAction> {
    let text = '';
    let resourceError: string | null = null;
    let downloaded = false;
    if (record.needsFile) {
      try {
        const bytes = await this.feed.resource(record.tkId, signal);
        downloaded = true;
        text = (await documentTextFromBytes(bytes)).text;
      } catch (error) {
        if (signal?.aborted) throw signal.reason as Error;
        resourceError = error instanceof Error ? error.message : String(error);
        // Keep what we had: a failed download never blanks a stored text.
        text = (await this.tk.storedTextOf(record.tkId)) ?? '';
      }
    }
    const actors = await this.tk.actorsOfDocument(record.tkId, record.zaakIds);
    const metadata: DocumentMetadata = {
      source: 'tk',
      externalId: record.tkId,
      number: record.number,
      kind: record.kind,
      title: record.title,
      date: record.date,
      sessionYear: record.sessionYear,
      appendixNumber: record.appendixNumber,
      caseNumber: await this.tk.caseNumberOf(record.zaakIds),
      url: record.needsFile ? this.feed.resourceUrl(record.tkId) : null,
      ownerFallback: ownerFromActors(actors),
    };
    return { action: 'store', record, prepared: this.importer.prepare(text, metadata), resourceError, downloaded };
  }

  async store(em: EntityManager, action: DocumentAction): Promise<DocumentOutcome> {
    if (action.action === 'delete') {
      const deleted = await this.tk.markDocumentDeleted(em, action.tkId);
      return { stored: false, created: false, deleted, commitmentsFound: 0, commitmentsCreated: 0, imported: null };
    }
    const { record } = action;
    const result = await this.importer.store(em, action.prepared, 'sync');
    if (result.document.deleted) await this.tk.markDocumentRestored(em, record.tkId);
    await this.tk.replaceDocumentZaken(em, record.tkId, record.zaakIds);
    await this.tk.recordResourceOutcome(em, record.tkId, action.resourceError);
    if (record.kind === 'letter' && record.number) await this.tk.linkRegisterLetters(em, [record.number]);
    return {
      stored: result.created || result.updated,
      created: result.created,
      deleted: false,
      commitmentsFound: result.commitmentsFound,
      commitmentsCreated: result.commitmentsCreated,
      imported: result,
    };
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
