import { SearchExplainer } from './search-explanation';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { FulfilmentModule } from '../fulfilment/fulfilment.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { EditorController } from './editor/editor.controller';
import { EditorPagesService } from './editor/editor-pages.service';
import { EditorSessions } from './editor/editor-session';
import { EditorSessionGuard } from './editor/editor-session.guard';
import { FeedsController } from './feeds/feeds.controller';
import { FeedsService } from './feeds/feeds.service';
import { LinkingQueriesRepository } from './linking-queries.repository';
import { PagesController } from './pages.controller';
import { WebPagesService } from './web-pages.service';
import { WebQueriesRepository } from './web-queries.repository';

/** Server-rendered Dutch pages, the editor pages and the iCalendar/Atom feeds. */
@Module({
  imports: [AuthModule, CommitmentsModule, FulfilmentModule, SubscriptionsModule],
  controllers: [PagesController, FeedsController, EditorController],
  providers: [WebQueriesRepository, LinkingQueriesRepository, WebPagesService, SearchExplainer, FeedsService, EditorSessions, EditorSessionGuard, EditorPagesService],
})
export class WebModule {}
