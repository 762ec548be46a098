import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentImportHooks } from './document-import-hooks';
import { DocumentImportService } from './document-import.service';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';

@Module({
  imports: [CommitmentsModule],
  controllers: [DocumentsController],
  providers: [DocumentsRepository, DocumentImportService, DocumentImportHooks],
  exports: [DocumentsRepository, DocumentImportService, DocumentImportHooks],
})
export class DocumentsModule {}
