import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentsModule } from '../documents/documents.module';
import { OutboxModule } from '../outbox/outbox.module';
import { DocumentImportService } from './document-import.service';
import { ReanalysisService } from './reanalysis.service';

/** Stores a document with the commitments found in it: above both documents and commitments. */
@Module({
  imports: [DocumentsModule, CommitmentsModule, OutboxModule],
  providers: [DocumentImportService, ReanalysisService],
  exports: [DocumentImportService, ReanalysisService],
})
export class ImportingModule {}
