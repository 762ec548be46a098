import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EditorGuard } from '../auth/editor.guard';
import { Clock } from '../common/clock';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { OutboxRepository } from '../outbox/outbox.repository';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(EditorGuard)
@Controller('api/admin/notifications')
export class AdminNotificationsController {
  constructor(
    private readonly notifications: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  @Get('stats')
  @ApiOperation({ summary: 'Outbox health: pending, held for digests, sent in 24 h, failing, dead, oldest pending age' })
  stats() {
    return this.notifications.stats(this.clock.now());
  }

  @Get()
  @ApiOperation({ summary: 'Outbox rows in one status, newest first (e.g. ?status=dead); page with ?before=<id>' })
  async list(@Query() query: ListNotificationsQuery) {
    const items = await this.notifications.list(query.status, query.limit, query.before ?? null);
    return { items, next: items.length === query.limit ? items[items.length - 1].id : null };
  }
}
