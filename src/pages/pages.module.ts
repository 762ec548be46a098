import { Global, Module } from '@nestjs/common';
import { HtmlErrorFilter } from './html-error.filter';
import { PageRenderer } from './page-renderer';

/** Renders the Dutch page templates, and errors as pages, for every module that serves HTML. */
@Global()
@Module({ providers: [PageRenderer, HtmlErrorFilter], exports: [PageRenderer, HtmlErrorFilter] })
export class PagesModule {}
