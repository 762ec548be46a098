import { Injectable, Logger } from '@nestjs/common';
import type { DocumentAnalysis } from '../extraction';
import type { Document } from './document.entity';

/** What follows a stored document: the fulfilment linker, and whatever else needs to react to new documents. */
export interface ImportedDocument {
  document: Document;
  analysis: DocumentAnalysis;
  newCommitmentIds: string[];
}

/** Gets every document of one import (a file, or a chunk of the TK sync) at once, in import order. */
export type AfterImport = (batch: ImportedDocument[]) => Promise<void>;

/**
 * Steps run after an import committed (file import and TK sync alike), for documents that are new
 * or changed and have a text or new commitments to react to. A failing step is logged
 * and never undoes the import: the document and its commitments are already safe.
 */
@Injectable()
export class DocumentImportHooks {
  private readonly logger = new Logger(DocumentImportHooks.name);
  private readonly steps: { name: string; run: AfterImport }[] = [];

  register(name: string, run: AfterImport): void {
    this.steps.push({ name, run });
  }

  async run(batch: ImportedDocument[]): Promise<void> {
    if (batch.length === 0) return;
    for (const step of this.steps) {
      try {
        await step.run(batch);
      } catch (error) {
        const documents = batch.map((imported) => imported.document.id).join(', ');
        this.logger.error(`${step.name} failed for document(s) ${documents}: ${error instanceof Error ? error.stack : String(error)}`);
      }
    }
  }
}
