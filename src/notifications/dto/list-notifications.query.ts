import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { NOTIFICATION_STATUSES, NotificationStatus } from '../../outbox/notification.entity';

export class ListNotificationsQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES, default: 'dead' })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status: NotificationStatus = 'dead';

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  @ApiPropertyOptional({ description: 'only rows with a smaller id (the `next` of the previous page)' })
  @IsOptional()
  @Matches(/^\d{1,18}$/)
  before?: string;
}
