import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { FulfilmentModule } from '../fulfilment/fulfilment.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { PagesController } from './pages.controller';
import { WebPagesService } from './web-pages.service';
import { WebQueriesRepository } from './web-queries.repository';

/** Server-rendered Dutch pages, the editor pages and the iCalendar/Atom feeds. */
@Module({
  imports: [CommitmentsModule, FulfilmentModule, SubscriptionsModule],
  controllers: [PagesController],
  providers: [WebQueriesRepository, WebPagesService],
})
export class WebModule {}
