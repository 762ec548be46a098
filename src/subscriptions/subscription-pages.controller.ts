import { Controller, Get, Header, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HtmlErrorFilter } from '../web/html-error.filter';
import { PageRenderer } from '../web/page-renderer';
import { SubscriptionsService } from './subscriptions.service';

/** The pages behind the links in e-mails. GET never changes state except the confirmation itself. */
@ApiExcludeController()
@UseFilters(HtmlErrorFilter)
@Controller('subscriptions')
export class SubscriptionPagesController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('confirm')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async confirm(@Query('token') token: unknown) {
    const subscriptions = await this.subscriptions.confirm(token);
    return this.pages.render('message', {
      title: 'Aanmelding bevestigd',
      message: 'Uw aanmelding is bevestigd. U krijgt bericht als de toezegging over tijd is of wordt nagekomen.',
      subscriptions,
    });
  }

  @Get('unsubscribe')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async askUnsubscribe(@Query('token') token: unknown) {
    const subscriptions = await this.subscriptions.previewUnsubscribe(token);
    return this.pages.render('unsubscribe-confirm', { title: 'Afmelden', subscriptions, token });
  }

  /** RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` here without any session. */
  @Post('unsubscribe')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(@Query('token') token: unknown) {
    const subscriptions = await this.subscriptions.unsubscribe(token);
    return this.pages.render('message', {
      title: 'Afgemeld',
      message: 'U bent afgemeld en ontvangt hierover geen e-mail meer.',
      subscriptions,
    });
  }
}
