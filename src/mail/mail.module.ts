import { Module } from '@nestjs/common';
import { MailRenderer } from './mail-renderer';
import { MailTransport } from './mail-transport';

@Module({ providers: [MailRenderer, MailTransport], exports: [MailRenderer, MailTransport] })
export class MailModule {}
