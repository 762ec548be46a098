import { Global, Module } from '@nestjs/common';
import { PageRenderer } from '../web/page-renderer';
import { Clock } from './clock';

@Global()
@Module({ providers: [Clock, PageRenderer], exports: [Clock, PageRenderer] })
export class CommonModule {}
