import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AdminNotificationsController } from './admin-notifications.controller';
import { MailContentRepository } from './mail-content.repository';
import { MailLinks } from './mail-links.service';
import { NotificationsRepository } from './notifications.repository';
import { OutboxSender } from './outbox-sender.service';
import { ReminderPlanner } from './reminder-planner.service';
import { RemindersScheduler } from './reminders.scheduler';

@Module({
  imports: [MailModule],
  controllers: [AdminNotificationsController],
  providers: [NotificationsRepository, MailContentRepository, MailLinks, OutboxSender, ReminderPlanner, RemindersScheduler],
  exports: [NotificationsRepository, MailContentRepository, OutboxSender, ReminderPlanner],
})
export class NotificationsModule {}
