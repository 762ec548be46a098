import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../../commitments/commitments.module';
import { DocumentsModule } from '../../documents/documents.module';
import { ImportingModule } from '../../importing/importing.module';
import { ObAnswerTexts } from '../ob/ob-answer-texts';
import { ObClient } from '../ob/ob-client';
import { QuestionChainController } from './question-chain.controller';
import { Sleeper } from './sleeper';
import { SyncFeedClient } from './syncfeed-client';
import { TkRepository } from './tk.repository';
import { TkDocumentImporter } from './tk-document.importer';
import { TkHttp } from './tk-http';
import { TkRegisterImporter } from './tk-register.importer';
import { TkSyncScheduler } from './tk-sync.scheduler';
import { TkSyncService } from './tk-sync.service';

@Module({
  imports: [CommitmentsModule, DocumentsModule, ImportingModule],
  controllers: [QuestionChainController],
  providers: [
    Sleeper, TkHttp, SyncFeedClient, ObClient, ObAnswerTexts, TkRepository, TkDocumentImporter, TkRegisterImporter, TkSyncService, TkSyncScheduler,
  ],
  exports: [TkSyncService, Sleeper],
})
export class TkSyncModule {}
