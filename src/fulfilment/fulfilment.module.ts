import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentsModule } from '../documents/documents.module';
import { OutboxModule } from '../outbox/outbox.module';
import { FulfilmentCandidatesController } from './fulfilment-candidates.controller';
import { FulfilmentCandidatesRepository } from './fulfilment-candidates.repository';
import { FulfilmentLinker } from './fulfilment-linker.service';
import { FulfilmentReviewController } from './fulfilment-review.controller';
import { FulfilmentReviewService } from './fulfilment-review.service';
import { FulfilmentController } from './fulfilment.controller';
import { FulfilmentService } from './fulfilment.service';

@Module({
  imports: [AuthModule, CommitmentsModule, DocumentsModule, OutboxModule],
  controllers: [FulfilmentController, FulfilmentReviewController, FulfilmentCandidatesController],
  providers: [FulfilmentService, FulfilmentCandidatesRepository, FulfilmentLinker, FulfilmentReviewService],
  exports: [FulfilmentService, FulfilmentLinker, FulfilmentReviewService],
})
export class FulfilmentModule {}
