import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DomainErrorFilter } from './common/domain-error.filter';
import { PageNotFoundFilter } from './pages/html-error.filter';
import { PageRenderer } from './pages/page-renderer';
import { createValidationPipe } from './common/validation';
import { ENV } from './config/config.module';
import type { Env } from './config/env';
import { installResponseCache } from './http-cache/install-response-cache';
import { HostileInputGuard } from './http-hardening/hostile-input.guard';
import { installSecurityHeaders } from './http-hardening/security-headers';

/** Everything an HTTP app needs beyond its modules; shared by main.ts and the e2e tests. */
export function configureApp(app: INestApplication): INestApplication {
  const env = app.get<Env>(ENV);
  installSecurityHeaders(app, env.PUBLIC_URL);
  // The per-IP limits count request.ip: behind a proxy, the client's address from X-Forwarded-For.
  if (env.TRUST_PROXY_HOPS) (app.getHttpAdapter().getInstance() as { set(setting: string, value: unknown): void }).set('trust proxy', env.TRUST_PROXY_HOPS);
  // Before every other guard: hostile input is refused before it costs a rate-limit hit or a query.
  app.useGlobalGuards(new HostileInputGuard());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new PageNotFoundFilter(app.get(PageRenderer)), new DomainErrorFilter());
  const config = new DocumentBuilder()
    .setTitle('toezegd')
    .setDescription('Commitments of Dutch ministers to the Tweede Kamer: find them, follow them, mark them kept.')
    .setVersion('0.1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config));
  installResponseCache(app);
  return app;
}
