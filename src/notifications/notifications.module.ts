import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { AdminNotificationsController } from './admin-notifications.controller';
import { MailContentRepository } from './mail-content.repository';
import { MailLinks } from './mail-links.service';
import { OutboxSender } from './outbox-sender.service';
import { ReminderPlanner } from './reminder-planner.service';
import { RemindersScheduler } from './reminders.scheduler';

@Module({
  imports: [MailModule, OutboxModule, SubscriptionsModule],
  controllers: [AdminNotificationsController],
  providers: [MailContentRepository, MailLinks, OutboxSender, ReminderPlanner, RemindersScheduler],
  exports: [MailContentRepository, OutboxSender, ReminderPlanner],
})
export class NotificationsModule {}
