import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CommitmentsModule } from './commitments/commitments.module';
import { CommonModule } from './common/common.module';
import { EnvModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ENTITIES } from './entities';
import { DocumentsModule } from './documents/documents.module';
import { FulfilmentModule } from './fulfilment/fulfilment.module';
import { HealthModule } from './health/health.module';
import { HttpCacheModule } from './http-cache/http-cache.module';
import { ImportingModule } from './importing/importing.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PagesModule } from './pages/pages.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { TkSyncModule } from './sources/tk/tk-sync.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  /** `overrides` replace environment variables (the embedded database URL, test settings). */
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        EnvModule.forRoot(overrides),
        ScheduleModule.forRoot(),
        CommonModule,
        PagesModule,
        DatabaseModule.forRoot(ENTITIES),
        HttpCacheModule,
        RateLimitModule,
        CommitmentsModule,
        DocumentsModule,
        ImportingModule,
        FulfilmentModule,
        NotificationsModule,
        SubscriptionsModule,
        WebModule,
        TkSyncModule,
        HealthModule,
      ],
    };
  }
}
