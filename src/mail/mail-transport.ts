import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { buildMime, headerSafe } from './mime';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  /** Where the .eml landed when no SMTP server is configured. */
  file?: string;
}

/** A delivery failure; `permanent` when the server refused for good (SMTP 5xx). */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

/** Sends over pooled SMTP when SMTP_URL is set, otherwise writes .eml files under DATA_DIR/outbox. */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly outboxDir: string | null;

  constructor(@Inject(ENV) private readonly env: Env) {
    if (env.SMTP_URL) {
      // One pool per process: SMTP_POOL_SIZE connections, at most SMTP_RATE_PER_SECOND mails a second.
      this.transporter = nodemailer.createTransport({
        url: env.SMTP_URL,
        pool: true,
        maxConnections: env.SMTP_POOL_SIZE,
        maxMessages: 1000,
        ...(env.SMTP_RATE_PER_SECOND > 0 ? { rateDelta: 1000, rateLimit: env.SMTP_RATE_PER_SECOND } : {}),
      } as Parameters<typeof nodemailer.createTransport>[0]);
      this.outboxDir = null;
    } else {
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outboxDir = path.resolve(env.DATA_DIR, 'outbox');
    }
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    let info: { messageId: string; message?: unknown };
    try {
      const built = buildMime({ ...mail, from: this.env.MAIL_FROM, date: new Date() });
      info = await this.transporter.sendMail(
        built
          ? { envelope: built.envelope, raw: built.raw, messageId: built.messageId }
          : { from: this.env.MAIL_FROM, to: mail.to, subject: headerSafe(mail.subject), html: mail.html, text: mail.text, headers: mail.headers },
      );
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const message = error instanceof Error ? error.message : String(error);
      throw new MailDeliveryError(message, typeof code === 'number' && code >= 500 && code < 600);
    }
    if (!this.outboxDir) return { messageId: info.messageId };
    mkdirSync(this.outboxDir, { recursive: true });
    const file = path.join(this.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeFileName(info.messageId)}.eml`);
    writeFileSync(file, info.message as Buffer);
    this.logger.log(`mail to ${mail.to} written to ${file}`);
    return { messageId: info.messageId, file };
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}

function safeFileName(messageId: string): string {
  return messageId.replace(/[^A-Za-z0-9@.-]/g, '').slice(0, 80);
}
