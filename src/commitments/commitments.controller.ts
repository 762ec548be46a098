import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommitmentsService } from './commitments.service';
import { CommitmentPageResponse } from './dto/commitment-page.response';
import { ListCommitmentsQuery } from './dto/list-commitments.query';

@ApiTags('commitments')
@Controller('api/commitments')
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Commitments matching the filters, soonest due first' })
  @ApiOkResponse({ type: CommitmentPageResponse })
  list(@Query() query: ListCommitmentsQuery) {
    const { page, pageSize, ...filters } = query;
    return this.commitments.list(filters, page, pageSize);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One commitment with its quote in context, the question and its history' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.commitments.get(id);
  }
}
