import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentImportService } from './document-import.service';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';

@Module({
  imports: [CommitmentsModule],
  controllers: [DocumentsController],
  providers: [DocumentsRepository, DocumentImportService],
  exports: [DocumentsRepository, DocumentImportService],
})
export class DocumentsModule {}
