import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { OutboxModule } from '../outbox/outbox.module';
import { AccessTokensRepository } from './access-tokens.repository';
import { SubscriptionPagesController } from './subscription-pages.controller';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsRepository } from './subscriptions.repository';
import { SubscribeThrottleModule } from './subscribe-throttle';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [CommitmentsModule, OutboxModule, SubscribeThrottleModule],
  controllers: [SubscriptionsController, SubscriptionPagesController],
  providers: [SubscriptionsRepository, AccessTokensRepository, SubscriptionsService],
  exports: [SubscriptionsService, SubscriptionsRepository, AccessTokensRepository],
})
export class SubscriptionsModule {}
