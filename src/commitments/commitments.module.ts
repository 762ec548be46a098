import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OutboxModule } from '../outbox/outbox.module';
import { CommitmentListCache } from './commitment-list-cache';
import { CommitmentsController } from './commitments.controller';
import { CommitmentsRepository } from './commitments.repository';
import { CommitmentsService } from './commitments.service';
import { DeadlineChangeService } from './deadline-change.service';
import { ReviewService } from './review.service';

@Module({
  imports: [OutboxModule, AuthModule],
  controllers: [CommitmentsController],
  providers: [CommitmentListCache, CommitmentsRepository, CommitmentsService, DeadlineChangeService, ReviewService],
  exports: [CommitmentListCache, CommitmentsRepository, CommitmentsService, DeadlineChangeService, ReviewService],
})
export class CommitmentsModule {}
