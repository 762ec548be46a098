import { Injectable } from '@nestjs/common';

/**
 * "Something was planned that should go out now" (a confirmation, a fulfilment). Domain modules
 * raise it after their transaction committed; the sender, above them, listens.
 */
@Injectable()
export class OutboxSignal {
  private readonly listeners: (() => void)[] = [];

  onDeliverSoon(listener: () => void): void {
    this.listeners.push(listener);
  }

  deliverSoon(): void {
    for (const listener of this.listeners) listener();
  }
}
