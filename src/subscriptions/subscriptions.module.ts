import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { OutboxModule } from '../outbox/outbox.module';
import { AccessTokensRepository } from './access-tokens.repository';
import { SubscriptionPagesController } from './subscription-pages.controller';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsRepository } from './subscriptions.repository';
import { SubscribeBudgetGuard } from './subscribe-budget.guard';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [CommitmentsModule, OutboxModule],
  controllers: [SubscriptionsController, SubscriptionPagesController],
  providers: [SubscriptionsRepository, AccessTokensRepository, SubscriptionsService, SubscribeBudgetGuard],
  exports: [SubscriptionsService, SubscribeBudgetGuard, SubscriptionsRepository, AccessTokensRepository],
})
export class SubscriptionsModule {}
