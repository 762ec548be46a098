import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommitmentsController } from './commitments.controller';
import { CommitmentsRepository } from './commitments.repository';
import { CommitmentsService } from './commitments.service';
import { DeadlineChangeService } from './deadline-change.service';

@Module({
  imports: [NotificationsModule],
  controllers: [CommitmentsController],
  providers: [CommitmentsRepository, CommitmentsService, DeadlineChangeService],
  exports: [CommitmentsRepository, CommitmentsService, DeadlineChangeService],
})
export class CommitmentsModule {}
