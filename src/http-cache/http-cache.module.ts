import { Module } from '@nestjs/common';
import { ResponseCache } from './response-cache';

@Module({ providers: [ResponseCache], exports: [ResponseCache] })
export class HttpCacheModule {}
