import { Controller, Get, Header, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { notFound } from '../../common/domain-error';
import { CommitmentPageQuery, filtersOf } from '../dto/commitment-page.query';
import { HtmlErrorFilter } from '../../pages/html-error.filter';
import { FeedsService, isAtomFeed } from './feeds.service';

const ICAL = 'text/calendar; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';

/** iCalendar and Atom feeds; filters in the query string make a saved search. */
@ApiExcludeController()
@UseFilters(HtmlErrorFilter)
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('termijnen.ics')
  @Header('Content-Type', ICAL)
  calendar(@Query() query: CommitmentPageQuery) {
    return this.feeds.calendar(filtersOf(query));
  }

  @Get('ministeries/:slug/termijnen.ics')
  @Header('Content-Type', ICAL)
  ministryCalendar(@Param('slug') slug: string) {
    return this.feeds.ministryCalendar(slug);
  }

  @Get('abonnee/:token/termijnen.ics')
  @Header('Content-Type', ICAL)
  subscriberCalendar(@Param('token') token: string) {
    return this.feeds.subscriberCalendar(token);
  }

  @Get(':name.atom')
  async atom(@Param('name') name: string, @Query() query: CommitmentPageQuery, @Res({ passthrough: true }) response: Response) {
    if (!isAtomFeed(name)) throw notFound('feed');
    const body = await this.feeds.atom(name, filtersOf(query));
    response.type(ATOM);
    return body;
  }
}
