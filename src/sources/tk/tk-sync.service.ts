import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ENV } from '../../config/config.module';
import { DocumentImportService, ImportResult } from '../../importing/document-import.service';
import type { Env } from '../../config/env';
import { SyncFeedClient } from './syncfeed-client';
import { actorsOf, documentsOf, documentVersionsOf, EXPECTED_SKIPS, readEntries, SkippedEntry, SkipReason } from './feed-entries';
import { FeedEntry, FeedFormatError, TkEntity } from './syncfeed-parser';
import { TkHttpError } from './tk-http';
import { TkRepository } from './tk.repository';
import { DocumentAction, FetchedDocument, TkDocumentImporter } from './tk-document.importer';
import { TK_CATEGORIES, TkCategory, toDossierRecord, toZaakRecord } from './tk-mapping';
import { TkRegisterImporter } from './tk-register.importer';

export interface SyncOptions {
  categories?: readonly TkCategory[];
  /** Start here instead of at the stored cursor (one category only makes sense). */
  sinceSkiptoken?: string;
  /** At most this many feed entries per category in this run. */
  limit?: number;
  signal?: AbortSignal;
  onProgress?: (progress: Readonly<SyncProgress>) => void;
  /** Entries per transaction. */
  chunkSize?: number;
  /** Called for every entry inside its transaction (tests use it to crash a run halfway). */
  beforeEntry?: (category: TkCategory, entry: FeedEntry) => void;
}

export interface SyncProgress {
  category: TkCategory | null;
  entries: number;
  documentsSeen: number;
  downloaded: number;
  /** Answers whose text came from officielebekendmakingen (OB_URL). */
  obTexts: number;
  /** Answers asked there in vain, read from the TK file instead. */
  obFallbacks: number;
  /** Answers whose officielebekendmakingen id is the feed's DocumentVersie.ExterneIdentifier. */
  obIdsFromFeed: number;
  /** Answers whose id had to be derived (or could not be), per reason. */
  obIdFallbacks: Record<string, number>;
  /** Feed entries passed over, per reason (each logged with its id). */
  skipped: Partial<Record<SkipReason, number>>;
  /** Files known to be unreadable at this version of their document: not fetched again. */
  unreadableNotFetched: number;
  documentsStored: number;
  documentsDeleted: number;
  commitmentsFound: number;
  commitmentsCreated: number;
  registerCreated: number;
  registerStatusChanged: number;
  errors: number;
}

export interface SyncSummary extends SyncProgress {
  interrupted: boolean;
  /** One line per problem: feed pages that failed, files that could not be read. */
  problems: string[];
  cursors: Partial<Record<TkCategory, string | null>>;
}

/** Files that failed are retried on later runs, this many times in all. */
const MAX_RESOURCE_ATTEMPTS = 5;
const RETRY_BATCH = 200;
/** Entries per transaction: one SyncFeed page. */
const DEFAULT_CHUNK_SIZE = 250;

/**
 * Incremental, resumable import of the TK SyncFeed. Per category the skiptoken of the last fully
 * processed entry is saved in sync_state in the same transaction as the data it covers, so a crash
 * or Ctrl-C resumes exactly there and a re-run never duplicates anything.
 */
@Injectable()
export class TkSyncService {
  private readonly logger = new Logger(TkSyncService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly feed: SyncFeedClient,
    private readonly tk: TkRepository,
    private readonly documents: TkDocumentImporter,
    private readonly register: TkRegisterImporter,
    private readonly importer: DocumentImportService,
  ) {}

  async run(options: SyncOptions = {}): Promise<SyncSummary> {
    const summary: SyncSummary = {
      category: null, entries: 0, documentsSeen: 0, downloaded: 0, obTexts: 0, obFallbacks: 0, obIdsFromFeed: 0, obIdFallbacks: {},
      skipped: {}, unreadableNotFetched: 0, documentsStored: 0, documentsDeleted: 0,
      commitmentsFound: 0, commitmentsCreated: 0, registerCreated: 0, registerStatusChanged: 0, errors: 0, interrupted: false, problems: [],
      cursors: {},
    };
    const categories = options.categories ?? TK_CATEGORIES;
    try {
      // A run killed between a chunk's commit and its linking left documents to link first.
      await this.importer.resumeAfterImport();
      if (categories.includes('Document')) await this.retryFailedResources(options, summary);
      for (const category of categories) {
        summary.category = category;
        options.signal?.throwIfAborted();
        try {
          await this.syncCategory(category, options, summary);
        } catch (error) {
          if (options.signal?.aborted || !isPageError(error)) throw error;
          // The cursor stays where the last good page left it; the next run starts there.
          summary.errors++;
          summary.problems.push(error.message);
          this.logger.warn(`${category}: ${error.message}`);
        }
        summary.cursors[category] = await this.tk.cursorOf(sourceKey(category));
      }
    } catch (error) {
      if (!options.signal?.aborted) throw error;
      summary.interrupted = true;
    }
    options.onProgress?.(summary);
    return summary;
  }

  /**
   * Applies the category chunk by chunk. The files of the next chunk are downloaded and read while
   * the current one is stored (one chunk ahead, so memory stays bounded); everything that touches
   * the database stays in feed order.
   */
  private async syncCategory(category: TkCategory, options: SyncOptions, summary: SyncSummary): Promise<void> {
    const chunks = this.chunksOf(category, options);
    let previous: StagedChunk | null = null;
    for (;;) {
      let next: IteratorResult<FeedChunk>;
      try {
        next = await chunks.next();
      } catch (error) {
        // A bad page: what came before it is applied, so the cursor ends right before it.
        if (previous) await this.applyChunk(category, previous, options, summary);
        throw error;
      }
      if (next.done) break;
      const staged = this.stage(category, next.value, options);
      if (previous) await this.applyChunk(category, previous, options, summary);
      previous = staged;
    }
    if (previous) await this.applyChunk(category, previous, options, summary);
  }

  /** The category's entries from the cursor on, in chunks of at most `chunkSize`, each with the cursor after it. */
  private async *chunksOf(category: TkCategory, options: SyncOptions): AsyncGenerator<FeedChunk> {
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    let token = options.sinceSkiptoken ?? (await this.tk.cursorOf(sourceKey(category)));
    let processed = 0;
    for (;;) {
      const requested = token;
      const page = await this.feed.page(category, requested, options.signal);
      let entries = page.entries;
      if (options.limit !== undefined) entries = entries.slice(0, Math.max(0, options.limit - processed));
      if (entries.length === 0) return;
      for (let start = 0; start < entries.length; start += chunkSize) {
        const chunk = entries.slice(start, start + chunkSize);
        const pageDone = start + chunk.length === page.entries.length;
        yield { entries: chunk, cursor: chunk[chunk.length - 1].skiptoken ?? (pageDone ? page.next : null) };
        processed += chunk.length;
      }
      if (options.limit !== undefined && processed >= options.limit) return;
      // The last page has no next link; a next link that goes nowhere new ends the run too.
      if (!page.next || page.next === requested) return;
      token = page.next;
    }
  }

  /** Reads the chunk's entries and starts what it needs from outside the database: the files of its documents. */
  private stage(category: TkCategory, chunk: FeedChunk, options: SyncOptions): StagedChunk {
    const { entities, skipped } = readEntries(category, chunk.entries);
    let fetched: Promise<FetchedDocument[]> = Promise.resolve([]);
    if (category === 'Document') {
      const documents = documentsOf(entities);
      skipped.push(...documents.skipped);
      fetched = this.documents.fetch(documents.wanted, options.signal);
    }
    // Awaited when the chunk is applied; a run that stops before that must not leave it unhandled.
    fetched.catch(() => undefined);
    return { ...chunk, entities, skipped, fetched };
  }

  private async applyChunk(category: TkCategory, staged: StagedChunk, options: SyncOptions, summary: SyncSummary): Promise<void> {
    options.signal?.throwIfAborted();
    const { entries, entities, cursor } = staged;
    const skipped = [...staged.skipped];
    const prepared = category === 'Document' ? await this.documents.prepare(await staged.fetched) : [];
    for (const action of prepared) this.countPrepared(action, summary);
    const imported: ImportResult[] = [];
    await this.dataSource.transaction(async (em) => {
      for (const entry of entries) options.beforeEntry?.(category, entry);
      imported.push(...(await this.writeEntities(em, category, entities, prepared, skipped, summary)));
      if (cursor) await this.tk.saveCursor(em, sourceKey(category), cursor);
    });
    this.countSkipped(category, skipped, summary);
    await this.importer.afterCommit(imported);
    summary.entries += entries.length;
    options.onProgress?.(summary);
  }

  /** Writes a chunk's entities of one category; returns the imported documents, for the steps after the commit. */
  private async writeEntities(
    em: EntityManager,
    category: TkCategory,
    entities: TkEntity[],
    prepared: DocumentAction[],
    skipped: SkippedEntry[],
    summary: SyncSummary,
  ): Promise<ImportResult[]> {
    const deleted = entities.filter((e) => e.deleted).map((e) => e.id);
    switch (category) {
      case 'Zaak': {
        const zaken = entities.filter((e) => !e.deleted).map(toZaakRecord);
        await this.tk.upsertZaken(em, zaken);
        await this.tk.markZakenDeleted(em, deleted);
        await this.documents.copyCaseNumbers(em, { zaakIds: zaken.map((z) => z.id) });
        break;
      }
      case 'ZaakActor':
      case 'DocumentActor': {
        const actors = actorsOf(entities, category === 'ZaakActor' ? 'zaak' : 'document');
        skipped.push(...actors.skipped);
        await this.tk.upsertActors(em, actors.records);
        await this.tk.markActorsDeleted(em, deleted);
        break;
      }
      case 'DocumentVersie': {
        const versions = documentVersionsOf(entities);
        skipped.push(...versions.skipped);
        // Only versions that name a publication are kept: the feed has one or more for every document.
        const named = versions.records.filter((v) => v.externalIdentifier !== null);
        await this.tk.upsertDocumentVersions(em, named);
        await this.tk.markDocumentVersionsDeleted(em, [...deleted, ...versions.records.filter((v) => v.externalIdentifier === null).map((v) => v.id)]);
        break;
      }
      case 'Kamerstukdossier':
        await this.tk.upsertDossiers(em, entities.filter((e) => !e.deleted).map(toDossierRecord));
        await this.tk.markDossiersDeleted(em, deleted);
        break;
      case 'Document':
        return this.storeDocuments(em, prepared, summary);
      case 'Toezegging': {
        const outcome = await this.register.storeMany(em, entities);
        summary.registerCreated += outcome.created;
        summary.registerStatusChanged += outcome.statusChanged;
        break;
      }
    }
    return [];
  }

  /** Nothing vanishes silently: every entry passed over is counted and logged with its id (the cursor moves on). */
  private countSkipped(category: TkCategory, skipped: SkippedEntry[], summary: SyncSummary): void {
    for (const { id, reason, detail } of skipped) {
      summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
      const line = `${category} entry ${id} skipped: ${reason}${detail ? ` (${detail})` : ''}`;
      if (EXPECTED_SKIPS.has(reason)) this.logger.debug(line);
      else this.logger.warn(line);
    }
  }

  private countPrepared(action: DocumentAction, summary: SyncSummary): void {
    if (action.action !== 'store') return;
    const { record, file, ob, publication } = action;
    summary.documentsSeen++;
    if (ob === 'used') summary.obTexts++;
    if (ob === 'fallback') summary.obFallbacks++;
    if (publication?.fromFeed) summary.obIdsFromFeed++;
    if (publication?.fallback) summary.obIdFallbacks[publication.fallback] = (summary.obIdFallbacks[publication.fallback] ?? 0) + 1;
    if ((file.state === 'read' || file.state === 'failed') && file.downloaded) summary.downloaded++;
    if (file.state === 'unreadable-unchanged') {
      summary.unreadableNotFetched++;
      this.logger.log(`document ${record.number ?? record.tkId}: file not fetched again, unreadable at this version (${file.error})`);
    }
    if (file.state === 'failed') {
      summary.errors++;
      const line = `document ${record.number ?? record.tkId}: ${file.error}`;
      summary.problems.push(line);
      this.logger.warn(`${line} (${file.unreadable ? 'not fetched again until the document changes' : 'retried next run'})`);
    }
  }

  private async storeDocuments(em: EntityManager, actions: DocumentAction[], summary: SyncSummary): Promise<ImportResult[]> {
    const imported: ImportResult[] = [];
    for (const outcome of await this.documents.storeMany(em, actions)) {
      if (outcome.imported) imported.push(outcome.imported);
      if (outcome.stored) summary.documentsStored++;
      if (outcome.deleted) summary.documentsDeleted++;
      summary.commitmentsFound += outcome.stored ? outcome.commitmentsFound : 0;
      summary.commitmentsCreated += outcome.commitmentsCreated;
    }
    return imported;
  }

  /** Documents whose file failed on an earlier run: fetch them again (metadata from the database). */
  private async retryFailedResources(options: SyncOptions, summary: SyncSummary): Promise<void> {
    const ids = await this.tk.documentsWithFailedResource(MAX_RESOURCE_ATTEMPTS, RETRY_BATCH);
    if (ids.length === 0) return;
    const records = await this.tk.documentRecordsOf(ids);
    const actions = await this.documents.prepare(await this.documents.fetch(records, options.signal));
    for (const action of actions) this.countPrepared(action, summary);
    const imported = await this.dataSource.transaction((em) => this.storeDocuments(em, actions, summary));
    await this.importer.afterCommit(imported);
  }
}

interface FeedChunk {
  entries: FeedEntry[];
  /** Saved with the chunk's data: where the next run starts. */
  cursor: string | null;
}

interface StagedChunk extends FeedChunk {
  entities: TkEntity[];
  skipped: SkippedEntry[];
  fetched: Promise<FetchedDocument[]>;
}

/** A bad page (HTTP status, malformed XML) stops one category; an unreachable host stops the run. */
function isPageError(error: unknown): error is Error {
  return error instanceof FeedFormatError || (error instanceof TkHttpError && error.status !== null);
}

function sourceKey(category: TkCategory): string {
  return `tk:${category}`;
}
