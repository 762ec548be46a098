import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentImportHooks } from './document-import-hooks';
import { DocumentImportService } from './document-import.service';
import { DocumentTextReader } from './document-text-reader';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';

@Module({
  imports: [CommitmentsModule],
  controllers: [DocumentsController],
  providers: [DocumentsRepository, DocumentImportService, DocumentImportHooks, DocumentTextReader],
  exports: [DocumentsRepository, DocumentImportService, DocumentImportHooks, DocumentTextReader],
})
export class DocumentsModule {}
