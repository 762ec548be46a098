import { Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';
import { OutboxSignal } from './outbox-signal';

/** Planning notices into the outbox: what domain modules call; delivery (notifications) sits above. */
@Module({ providers: [OutboxRepository, OutboxSignal], exports: [OutboxRepository, OutboxSignal] })
export class OutboxModule {}
