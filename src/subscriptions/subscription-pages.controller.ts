import { Body, Controller, Get, Header, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HtmlErrorFilter } from '../pages/html-error.filter';
import { PageRenderer } from '../pages/page-renderer';
import { ManageForm, manageActionOf } from './dto/manage.form';
import { ManageOutcome, ManageView, SubscriptionsService } from './subscriptions.service';

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
    const { subscriptions, manageToken } = await this.subscriptions.confirm(token);
    return this.pages.render('message', {
      title: 'Aanmelding bevestigd',
      message: 'Uw aanmelding is bevestigd. U krijgt bericht als de toezegging over tijd is of wordt nagekomen.',
      subscriptions: subscriptions.map((s) => ({ ...s, url: s.commitmentId ? `/toezeggingen/${s.commitmentId}` : null })),
      manageUrl: `/subscriptions/manage?token=${manageToken}`,
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
      undo: { action: `/subscriptions/resubscribe?token=${encodeURIComponent(String(token))}`, label: 'Ongedaan maken: weer aanmelden' },
    });
  }

  /** Undo of an unsubscribe, from the page it landed on: only subscriptions that were confirmed come back. */
  @Post('resubscribe')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async resubscribe(@Query('token') token: unknown) {
    const subscriptions = await this.subscriptions.resubscribe(token);
    return this.pages.render('message', {
      title: 'Weer aangemeld',
      message: 'Uw afmelding is ongedaan gemaakt. U krijgt weer bericht over:',
      subscriptions,
    });
  }

  @Get('manage')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async showManage(@Query('token') token: unknown) {
    return this.managePage(token, await this.subscriptions.manageView(token), { notice: '', undoIds: [] });
  }

  /** Every change on the manage page is a POST: mail scanners follow GET links, never forms. */
  @Post('manage')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async manage(@Query('token') token: unknown, @Body() form: ManageForm) {
    const outcome = await this.subscriptions.manage(token, manageActionOf(form));
    return this.managePage(token, await this.subscriptions.manageView(token), outcome);
  }

  private managePage(token: unknown, view: ManageView, outcome: ManageOutcome) {
    return this.pages.render('manage', {
      title: 'Meldingen beheren',
      notice: outcome.notice || null,
      undoIds: outcome.undoIds,
      token,
      email: view.email,
      digestOptions: [
        { value: 'immediate', label: 'Direct (bij elke planning)', checked: view.digest === 'immediate' },
        { value: 'daily', label: 'Eén keer per dag', checked: view.digest === 'daily' },
        { value: 'weekly', label: 'Eén keer per week (maandag)', checked: view.digest === 'weekly' },
      ],
      subscriptions: view.subscriptions.map((s) => ({ ...s, unconfirmed: s.status === 'unconfirmed' })),
    });
  }
}
