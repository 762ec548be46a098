import { INestApplication } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock } from '../../src/common/clock';
import { createTestDatabase } from './test-database';

export const PUBLIC_URL = 'http://toezegd.test';
export const EDITOR_TOKEN = 'redactie-token-0123456789abcdefXYZ';

export interface TestApp {
  app: INestApplication;
  clock: Clock;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The whole application on its own fresh database, sending mail to `smtpUrl`; the scheduler is off. */
export async function createTestApp(smtpUrl: string, env: Record<string, string> = {}, override: Override = (builder) => builder): Promise<TestApp> {
  return startApp(await createTestDatabase(), smtpUrl, env, override);
}

/** A second instance of the application on the database of `first` (closing it leaves the database). */
export function createTestAppOn(first: TestApp, smtpUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  return startApp({ url: first.databaseUrl, drop: async () => undefined }, smtpUrl, env, (builder) => builder);
}

/** Swaps infrastructure providers (e.g. the retry Sleeper) on the testing module. */
type Override = (builder: TestingModuleBuilder) => TestingModuleBuilder;

async function startApp(database: { url: string; drop(): Promise<void> }, smtpUrl: string, env: Record<string, string>, override: Override): Promise<TestApp> {
  const builder = Test.createTestingModule({
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
  });
  const moduleRef = await override(builder).compile();
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
