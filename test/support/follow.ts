import request from 'supertest';
import { OutboxSender } from '../../src/notifications/outbox-sender.service';
import { linkIn, SmtpSink } from './smtp-sink';
import { PUBLIC_URL, TestApp } from './test-app';

/** Subscribes `email` to a target (`{ commitmentId }`, `{ ministry }` or `{ search }`) and clicks the confirmation link. */
export async function followConfirmed(t: TestApp, smtp: SmtpSink, email: string, target: Record<string, unknown>): Promise<void> {
  const http = request(t.app.getHttpServer());
  await http.post('/api/subscriptions').send({ email, ...target }).expect(202);
  await t.app.get(OutboxSender).deliver(t.clock.now());
  const confirm = linkIn(smtp.to(email).at(-1)?.text ?? '', `${PUBLIC_URL}/subscriptions/confirm?token=`);
  await http.get(confirm.slice(PUBLIC_URL.length)).expect(200);
}
