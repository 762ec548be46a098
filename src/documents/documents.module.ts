import { Module } from '@nestjs/common';
import { DocumentImportHooks } from './document-import-hooks';
import { DocumentTextReader } from './document-text-reader';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';

@Module({
  controllers: [DocumentsController],
  providers: [DocumentsRepository, DocumentImportHooks, DocumentTextReader],
  exports: [DocumentsRepository, DocumentImportHooks, DocumentTextReader],
})
export class DocumentsModule {}
