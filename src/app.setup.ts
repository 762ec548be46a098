import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DomainErrorFilter } from './common/domain-error.filter';
import { PageNotFoundFilter } from './pages/html-error.filter';
import { PageRenderer } from './pages/page-renderer';
import { createValidationPipe } from './common/validation';
import { installResponseCache } from './http-cache/install-response-cache';

/** Everything an HTTP app needs beyond its modules; shared by main.ts and the e2e tests. */
export function configureApp(app: INestApplication): INestApplication {
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
