import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { EditorViewer } from '../auth/editor-viewer';
import { CommitmentsService } from './commitments.service';
import { CommitmentPageResponse } from './dto/commitment-page.response';
import { ListCommitmentsQuery } from './dto/list-commitments.query';

@ApiTags('commitments')
@Controller('api/commitments')
export class CommitmentsController {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly viewer: EditorViewer,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Commitments matching the filters, soonest due first' })
  @ApiOkResponse({ type: CommitmentPageResponse })
  list(@Query() query: ListCommitmentsQuery) {
    const { page, pageSize, ...filters } = query;
    return this.commitments.list(filters, page, pageSize);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One commitment with its quote in context, the question and its history',
    description: 'A commitment waiting for review or rejected is 404, except for an editor (bearer token or editor session).',
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const editor = await this.viewer.identify(request);
    // An editor may see what the public may not: never let a shared cache keep that copy.
    if (editor) response.setHeader('Cache-Control', 'private, no-store');
    return this.commitments.get(id, editor ? 'editor' : 'public');
  }
}
