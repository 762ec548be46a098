import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';

/**
 * The app under test, in its own process so the load generator does not share its event loop
 * (as in production, where clients are elsewhere). Started by run.ts; reports its port over IPC.
 */
async function main(): Promise<void> {
  const app = configureApp(
    await NestFactory.create(AppModule.forRoot({ SCHEDULER_ENABLED: 'false', PUBLIC_URL: 'http://bench.test' }), { logger: ['error'] }),
  );
  await app.listen(0, '127.0.0.1');
  process.send?.({ port: (app.getHttpServer().address() as AddressInfo).port });
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
