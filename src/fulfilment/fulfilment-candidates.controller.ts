import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { EditorViewer } from '../auth/editor-viewer';
import { CommitmentsService } from '../commitments/commitments.service';
import { FulfilmentReviewService } from './fulfilment-review.service';

@ApiTags('fulfilment')
@Controller('api/commitments/:id/fulfilment/candidates')
export class FulfilmentCandidatesController {
  constructor(
    private readonly review: FulfilmentReviewService,
    private readonly commitments: CommitmentsService,
    private readonly viewer: EditorViewer,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Letters found that may keep this commitment, with their score and evidence',
    description: 'A commitment waiting for review or rejected is 404, except for an editor (bearer token or editor session).',
  })
  async list(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const editor = await this.viewer.identify(request);
    if (editor) response.setHeader('Cache-Control', 'private, no-store');
    await this.commitments.assertVisible(id, editor ? 'editor' : 'public');
    return this.review.candidatesFor(id);
  }
}
