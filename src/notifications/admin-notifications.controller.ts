import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { EditorGuard } from '../auth/editor.guard';
import { Clock } from '../common/clock';
import { NotificationsRepository } from './notifications.repository';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(EditorGuard)
@Controller('api/admin/notifications')
export class AdminNotificationsController {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  @Get('stats')
  stats() {
    return this.notifications.stats(this.clock.now());
  }
}
