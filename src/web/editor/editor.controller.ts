import { Body, Controller, Get, Header, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DeadlineChangeService } from '../../commitments/deadline-change.service';
import { ReviewService } from '../../commitments/review.service';
import { FulfilmentReviewService } from '../../fulfilment/fulfilment-review.service';
import { FulfilmentService } from '../../fulfilment/fulfilment.service';
import { pageId } from '../pages.controller';
import { PageRenderer } from '../../pages/page-renderer';
import {
  AcceptSuggestionForm, CorrectionForm, LoginForm, correctionOf, DeadlineForm, deadlineOf, EditorQueueQuery, FulfilmentForm, fulfilmentOf, KindForm, NoteForm, RejectSuggestionForm,
} from './dto/editor-forms.dto';
import { EditorPagesFilter } from './editor-pages.filter';
import { EditorSession, EditorSessions, LOGIN_COOKIE, newLoginNonce, nonceMatches, readCookie, SESSION_COOKIE } from './editor-session';
import { EditorRequest, EditorSessionGuard } from './editor-session.guard';
import { EditorPagesService } from './editor-pages.service';

const LOGIN_NONCE_MS = 30 * 60_000;

/** The editor's pages: login, review queue, corrections, fulfilment and deadline changes. */
@ApiExcludeController()
@UseFilters(EditorPagesFilter)
@Controller('redactie')
export class EditorController {
  constructor(
    private readonly sessions: EditorSessions,
    private readonly editorPages: EditorPagesService,
    private readonly review: ReviewService,
    private readonly fulfilment: FulfilmentService,
    private readonly deadlines: DeadlineChangeService,
    private readonly linkReview: FulfilmentReviewService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('inloggen')
  loginForm(@Res() response: Response) {
    this.sendLogin(response, 200, null);
  }

  @Post('inloggen')
  async login(@Req() request: Request, @Body() form: LoginForm, @Res() response: Response) {
    // Login CSRF: the form must carry the nonce this browser got as a cookie with the form.
    if (!nonceMatches(readCookie(request.headers.cookie, LOGIN_COOKIE), form._csrf)) {
      this.sendLogin(response, 403, 'Het formulier is verlopen. Probeer het opnieuw.');
      return;
    }
    const result = await this.sessions.login(form.token ?? '', request.ip ?? 'unknown');
    if (result === 'unknown' || result === 'too_many') {
      this.sendLogin(response, result === 'unknown' ? 401 : 429, result === 'unknown' ? 'Onbekende redactiesleutel.' : 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.');
      return;
    }
    response.clearCookie(LOGIN_COOKIE, this.sessions.cookieOptions());
    response.cookie(SESSION_COOKIE, result.cookie, this.sessions.cookieOptions(this.sessions.sessionMaxAgeMs));
    response.redirect(303, '/redactie');
  }

  @Post('uitloggen')
  @UseGuards(EditorSessionGuard)
  async logout(@Req() request: EditorRequest, @Res() response: Response) {
    await this.sessions.logout(request.editorSession as EditorSession);
    response.clearCookie(SESSION_COOKIE, this.sessions.cookieOptions());
    response.redirect(303, '/');
  }

  @Get()
  @UseGuards(EditorSessionGuard)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async queue(@Query() query: EditorQueueQuery, @Req() request: EditorRequest) {
    const session = request.editorSession as EditorSession;
    return this.pages.render('editor-queue', { title: 'Redactie', ...(await this.editorPages.queue(query.beoordeeld ?? null, query.soort ?? null)), ...this.formContext(session) });
  }

  @Get('toezeggingen/:id')
  @UseGuards(EditorSessionGuard)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async commitment(@Param('id') id: string, @Query('opgeslagen') saved: unknown, @Req() request: EditorRequest) {
    const session = request.editorSession as EditorSession;
    const view = await this.editorPages.commitment(pageId(id));
    return this.pages.render('editor-commitment', { title: 'Toezegging bewerken', ...view, saved: saved === '1', ...this.formContext(session) });
  }

  @Post('toezeggingen/:id/accepteren')
  @UseGuards(EditorSessionGuard)
  async accept(@Param('id') id: string, @Body() form: NoteForm, @Req() request: EditorRequest, @Res() response: Response) {
    const commitmentId = pageId(id);
    await this.review.accept(commitmentId, this.editorOf(request), form.note);
    response.redirect(303, `/redactie?beoordeeld=${commitmentId}#gedaan`);
  }

  @Post('toezeggingen/:id/afwijzen')
  @UseGuards(EditorSessionGuard)
  async reject(@Param('id') id: string, @Body() form: NoteForm, @Req() request: EditorRequest, @Res() response: Response) {
    const commitmentId = pageId(id);
    await this.review.reject(commitmentId, this.editorOf(request), form.note);
    response.redirect(303, `/redactie?beoordeeld=${commitmentId}#gedaan`);
  }

  @Post('toezeggingen/:id/soort')
  @UseGuards(EditorSessionGuard)
  async changeKind(@Param('id') id: string, @Body() form: KindForm, @Req() request: EditorRequest, @Res() response: Response) {
    const commitmentId = pageId(id);
    await this.review.changeKind(commitmentId, form.kind, this.editorOf(request));
    response.redirect(303, `/redactie?soort=${commitmentId}#gedaan`);
  }

  @Post('toezeggingen/:id/bewerken')
  @UseGuards(EditorSessionGuard)
  async edit(@Param('id') id: string, @Body() form: CorrectionForm, @Req() request: EditorRequest, @Res() response: Response) {
    const commitmentId = pageId(id);
    await this.review.edit(commitmentId, correctionOf(form), this.editorOf(request));
    response.redirect(303, `/redactie/toezeggingen/${commitmentId}?opgeslagen=1`);
  }

  @Post('toezeggingen/:id/nakoming')
  @UseGuards(EditorSessionGuard)
  async fulfil(@Param('id') id: string, @Body() form: FulfilmentForm, @Req() request: EditorRequest, @Res() response: Response) {
    const commitmentId = pageId(id);
    await this.fulfilment.record(commitmentId, fulfilmentOf(form), this.editorOf(request));
    response.redirect(303, `/toezeggingen/${commitmentId}?gedaan=nakoming`);
  }

  @Post('toezeggingen/:id/termijn')
  @UseGuards(EditorSessionGuard)
  async deadline(@Param('id') id: string, @Body() form: DeadlineForm, @Req() request: EditorRequest, @Res() response: Response) {
    const commitmentId = pageId(id);
    await this.deadlines.change(commitmentId, deadlineOf(form), `editor:${this.editorOf(request)}`);
    response.redirect(303, `/toezeggingen/${commitmentId}?gedaan=termijn`);
  }

  @Post('toezeggingen/:id/ongedaan-maken')
  @UseGuards(EditorSessionGuard)
  async undoAutoLink(@Param('id') id: string, @Body() form: NoteForm, @Req() request: EditorRequest, @Res() response: Response) {
    const commitmentId = pageId(id);
    await this.linkReview.undoAutoLink(commitmentId, this.editorOf(request), form.note ?? null);
    response.redirect(303, `/toezeggingen/${commitmentId}?gedaan=ontkoppeld`);
  }

  @Get('suggesties')
  @UseGuards(EditorSessionGuard)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async suggestions(@Query() query: EditorQueueQuery, @Req() request: EditorRequest) {
    const session = request.editorSession as EditorSession;
    const page = query.pagina ? Math.max(1, Number(query.pagina)) : 1;
    const view = await this.editorPages.suggestions(page, query.geaccepteerd ?? null, query.afgewezen ?? null);
    return this.pages.render('editor-suggestions', { title: 'Suggesties', ...view, ...this.formContext(session) });
  }

  @Post('suggesties/:id/accepteren')
  @UseGuards(EditorSessionGuard)
  async acceptSuggestion(@Param('id') id: string, @Body() form: AcceptSuggestionForm, @Req() request: EditorRequest, @Res() response: Response) {
    const accepted = await this.linkReview.accept(pageId(id), this.editorOf(request), { status: form.status, note: form.note });
    const commitmentId = accepted.commitment.id;
    response.redirect(303, form.terug === 'toezegging' ? `/toezeggingen/${commitmentId}?gedaan=nakoming` : `/redactie/suggesties?geaccepteerd=${commitmentId}`);
  }

  @Post('suggesties/:id/afwijzen')
  @UseGuards(EditorSessionGuard)
  async rejectSuggestion(@Param('id') id: string, @Body() form: RejectSuggestionForm, @Req() request: EditorRequest, @Res() response: Response) {
    const rejected = await this.linkReview.reject(pageId(id), this.editorOf(request));
    const commitmentId = rejected.commitment.id;
    response.redirect(303, form.terug === 'toezegging' ? `/toezeggingen/${commitmentId}?gedaan=suggestie-afgewezen` : `/redactie/suggesties?afgewezen=${commitmentId}`);
  }

  private editorOf(request: EditorRequest): string {
    return (request.editorSession as EditorSession).name;
  }

  private formContext(session: EditorSession) {
    return { csrf: this.sessions.csrfOf(session), editor: session.name };
  }

  private sendLogin(response: Response, status: number, error: string | null): void {
    const nonce = newLoginNonce();
    response.cookie(LOGIN_COOKIE, nonce, this.sessions.cookieOptions(LOGIN_NONCE_MS));
    response.status(status).type('html').send(this.pages.render('editor-login', { title: 'Inloggen redactie', csrf: nonce, error }));
  }
}
