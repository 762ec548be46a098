import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CommonModule } from '../common/common.module';
import { EnvModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ENTITIES } from '../entities';
import { FulfilmentModule } from '../fulfilment/fulfilment.module';
import { ImportingModule } from '../importing/importing.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PagesModule } from '../pages/pages.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TkSyncModule } from '../sources/tk/tk-sync.module';

/**
 * What the database commands (import, remind, sync) need: importing with the fulfilment linker
 * as its after-import step, reminders and delivery, the TK sync. No web pages, feeds, response
 * cache or API docs.
 */
@Module({})
export class CliModule {
  static forRoot(overrides: Record<string, string | undefined>): DynamicModule {
    return {
      module: CliModule,
      imports: [
        EnvModule.forRoot(overrides),
        ScheduleModule.forRoot(),
        CommonModule,
        PagesModule,
        RateLimitModule,
        DatabaseModule.forRoot(ENTITIES),
        ImportingModule,
        FulfilmentModule,
        NotificationsModule,
        TkSyncModule,
      ],
    };
  }
}
