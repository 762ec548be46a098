import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, notFound } from '../common/domain-error';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { SubscribeBudgetGuard } from '../subscriptions/subscribe-budget.guard';
import { CommitmentPageQuery, filtersOf } from './dto/commitment-page.query';
import { SubscribeForm } from './dto/subscribe.form';
import { EditorSessions, readCookie, SESSION_COOKIE } from './editor/editor-session';
import { HtmlErrorFilter } from '../pages/html-error.filter';
import { PageRenderer } from '../pages/page-renderer';
import { WebPagesService } from './web-pages.service';

const HTML = 'text/html; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an editor's action did, said on the page it returns to (only fixed sentences: never text from the URL). */
const EDITOR_DONE: Record<string, string> = {
  nakoming: 'De nakoming is opgeslagen.',
  termijn: 'De nieuwe termijn is opgeslagen.',
  ontkoppeld: 'De automatische koppeling is ongedaan gemaakt.',
  'suggestie-afgewezen': 'De suggestie is afgewezen: de brief is niet gekoppeld.',
};

/** An id from a URL: anything that is not a UUID cannot exist, so it is a 404 page, not a 400. */
export function pageId(id: string): string {
  if (!UUID.test(id)) throw notFound('pagina');
  return id.toLowerCase();
}

@ApiExcludeController()
@UseFilters(HtmlErrorFilter)
@Controller()
export class PagesController {
  constructor(
    private readonly web: WebPagesService,
    private readonly subscriptions: SubscriptionsService,
    private readonly pages: PageRenderer,
    private readonly sessions: EditorSessions,
  ) {}

  @Get()
  @Header('Content-Type', HTML)
  async overview() {
    return this.pages.render('overview', { title: 'Overzicht', ...(await this.web.overview()) });
  }

  @Get('toezeggingen')
  @Header('Content-Type', HTML)
  async list(@Query() query: CommitmentPageQuery) {
    const view = await this.web.list(filtersOf(query), query.page ?? 1);
    return this.pages.render('commitments', { title: view.filters.q ? `Zoeken: ${view.filters.q}` : 'Toezeggingen', ...view });
  }

  @Get('toezeggingen/:id')
  @Header('Content-Type', HTML)
  async commitment(@Param('id') id: string, @Query('gedaan') done: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    // A logged-in editor sees the same page plus the linking evidence and forms; never cache that copy.
    const session = await this.sessions.verify(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (session) response.setHeader('Cache-Control', 'private, no-store');
    const view = await this.web.commitment(pageId(id), session !== null);
    return this.pages.render('commitment', {
      ...view,
      done: session && typeof done === 'string' ? (EDITOR_DONE[done] ?? null) : null,
      editor: session ? { name: session.name, csrf: this.sessions.csrfOf(session) } : null,
    });
  }

  /** The subscribe form of a commitment page: the same double opt-in as the API, answered with a page. */
  @Post('toezeggingen/:id/aanmelden')
  @UseGuards(SubscribeBudgetGuard)
  @HttpCode(200)
  @Header('Content-Type', HTML)
  async subscribe(@Param('id') id: string, @Body() form: SubscribeForm) {
    const commitmentId = pageId(id);
    await this.subscriptions.subscribeToCommitment(commitmentId, form.email).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'conflict') throw new DomainError('conflict', 'Deze toezegging wordt nog beoordeeld of is afgewezen; u kunt haar niet volgen.');
      throw error;
    });
    return this.pages.render('message', {
      title: 'Controleer uw e-mail',
      message: 'Als dit adres zich nog niet had aangemeld, ontvangt het een e-mail met een bevestigingslink. Klik op die link om uw aanmelding te bevestigen.',
      subscriptions: [],
      backUrl: `/toezeggingen/${commitmentId}`,
    });
  }

  @Get('ministeries/:slug')
  @Header('Content-Type', HTML)
  async ministry(@Param('slug') slug: string) {
    const view = await this.web.ministry(slug);
    return this.pages.render('ministry', { title: `Ministerie van ${view.ministry}`, ...view });
  }

  @Get('documenten/:id')
  @Header('Content-Type', HTML)
  async document(@Param('id') id: string) {
    const view = await this.web.document(pageId(id));
    return this.pages.render('document', view);
  }

  /** The whole stored text of a document as plain text (the page itself shows at most an excerpt). */
  @Get('documenten/:id/tekst')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  async documentText(@Param('id') id: string) {
    return this.web.documentText(pageId(id));
  }
}
