import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEditor } from '../auth/current-editor.decorator';
import { EditorGuard, EditorIdentity } from '../auth/editor.guard';
import { AcceptSuggestionDto, ListSuggestionsQuery, UndoAutoLinkDto } from './dto/review.dto';
import { FulfilmentReviewService } from './fulfilment-review.service';

@ApiTags('fulfilment')
@ApiBearerAuth()
@UseGuards(EditorGuard)
@Controller('api')
export class FulfilmentReviewController {
  constructor(private readonly review: FulfilmentReviewService) {}

  @Get('fulfilment/suggestions')
  @ApiOperation({ summary: 'Letters that may keep open commitments, highest score first (the review queue)' })
  list(@Query() query: ListSuggestionsQuery) {
    return this.review.suggestions(query.status, query.page, query.pageSize);
  }

  @Post('fulfilment/suggestions/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'The letter keeps the commitment: mark it fulfilled (or partially) with this letter' })
  accept(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AcceptSuggestionDto, @CurrentEditor() editor: EditorIdentity) {
    return this.review.accept(id, editor.name, body);
  }

  @Post('fulfilment/suggestions/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'The letter does not keep the commitment' })
  reject(@Param('id', new ParseUUIDPipe()) id: string, @CurrentEditor() editor: EditorIdentity) {
    return this.review.reject(id, editor.name);
  }

  @Post('commitments/:id/fulfilment/undo')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo an automatic link: the commitment is open again' })
  undo(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UndoAutoLinkDto, @CurrentEditor() editor: EditorIdentity) {
    return this.review.undoAutoLink(id, editor.name, body.note ?? null);
  }
}
