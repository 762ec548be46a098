import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock } from '../../src/common/clock';
import { createTestDatabase } from './test-database';

export const PUBLIC_URL = 'http://toezegd.test';
export const EDITOR_TOKEN = 'redactie-token-0123456789abcdef';

export interface TestApp {
  app: INestApplication;
  clock: Clock;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The whole application on its own fresh database, sending mail to `smtpUrl`; the scheduler is off. */
export async function createTestApp(smtpUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  return startApp(await createTestDatabase(), smtpUrl, env);
}

/** A second instance of the application on the database of `first` (closing it leaves the database). */
export function createTestAppOn(first: TestApp, smtpUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  return startApp({ url: first.databaseUrl, drop: async () => undefined }, smtpUrl, env);
}

async function startApp(database: { url: string; drop(): Promise<void> }, smtpUrl: string, env: Record<string, string>): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        DATABASE_URL: database.url,
        SMTP_URL: smtpUrl,
        PUBLIC_URL,
        EDITOR_TOKENS: `redactie=${EDITOR_TOKEN}`,
        SCHEDULER_ENABLED: 'false',
        MAIL_FROM: 'toezegd <noreply@toezegd.test>',
        ...env,
      }),
    ],
  }).compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: ['error'] }));
  await app.init();
  return {
    app,
    clock: app.get(Clock),
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
