import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { documentTextFromBytes, DocumentFormat } from './document-file';
import { PdfTextPool } from './pdf-text';

/** Text of downloaded files for bulk imports (the TK sync): PDFs are read in a pool of worker threads; `contentType` as the source declares it. */
@Injectable()
export class DocumentTextReader implements OnApplicationShutdown {
  private readonly pool: PdfTextPool;

  constructor(@Inject(ENV) env: Env) {
    this.pool = new PdfTextPool(env.PDF_WORKERS);
  }

  read(bytes: Buffer, extension = '', contentType: string | null = null): Promise<{ text: string; format: DocumentFormat }> {
    return documentTextFromBytes(bytes, extension, (pdf) => this.pool.text(pdf), contentType);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
