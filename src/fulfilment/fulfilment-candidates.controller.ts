import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FulfilmentReviewService } from './fulfilment-review.service';

@ApiTags('fulfilment')
@Controller('api/commitments/:id/fulfilment/candidates')
export class FulfilmentCandidatesController {
  constructor(private readonly review: FulfilmentReviewService) {}

  @Get()
  @ApiOperation({ summary: 'Letters found that may keep this commitment, with their score and evidence' })
  list(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.review.candidatesFor(id);
  }
}
