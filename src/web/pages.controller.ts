import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { notFound } from '../common/domain-error';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { SubscribeBudgetGuard } from '../subscriptions/subscribe-budget.guard';
import { CommitmentPageQuery, filtersOf } from './dto/commitment-page.query';
import { SubscribeForm } from './dto/subscribe.form';
import { EditorViewer } from '../auth/editor-viewer';
import { EditorSession, EditorSessions, readCookie, SESSION_COOKIE } from './editor/editor-session';
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
    private readonly viewer: EditorViewer,
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

  /**
   * A candidate or rejected commitment is not found for the public; an editor (session cookie, or a
   * bearer token for reading) sees it, and with a session the linking evidence and forms too.
   */
  @Get('toezeggingen/:id')
  @Header('Content-Type', HTML)
  async commitment(@Param('id') id: string, @Query('gedaan') done: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { session, editor } = await this.editorOf(request, response);
    const view = await this.web.commitment(pageId(id), editor);
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
    // A candidate or rejected commitment cannot be followed: not found, as for an unknown id.
    await this.subscriptions.subscribeToCommitment(commitmentId, form.email);
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

  /** The public sees a document's published commitments; an editor also those waiting for review or rejected. */
  @Get('documenten/:id')
  @Header('Content-Type', HTML)
  async document(@Param('id') id: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { editor } = await this.editorOf(request, response);
    const view = await this.web.document(pageId(id), editor);
    return this.pages.render('document', view);
  }

  /** The whole stored text of a document as plain text (the page itself shows at most an excerpt). */
  @Get('documenten/:id/tekst')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  async documentText(@Param('id') id: string) {
    return this.web.documentText(pageId(id));
  }

  /** The editor reading a page, if any; their copy is never kept by a shared cache. */
  private async editorOf(request: Request, response: Response): Promise<{ session: EditorSession | null; editor: boolean }> {
    const session = await this.sessions.verify(readCookie(request.headers.cookie, SESSION_COOKIE));
    const editor = session !== null || (request.headers.authorization !== undefined && (await this.viewer.identify(request)) !== null);
    if (editor) response.setHeader('Cache-Control', 'private, no-store');
    return { session, editor };
  }
}
