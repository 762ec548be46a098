import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEditor } from '../auth/current-editor.decorator';
import { EditorGuard, EditorIdentity } from '../auth/editor.guard';
import { RecordFulfilmentDto } from './dto/record-fulfilment.dto';
import { FulfilmentService } from './fulfilment.service';

@ApiTags('fulfilment')
@ApiBearerAuth()
@UseGuards(EditorGuard)
@Controller('api/commitments/:id/fulfilment')
export class FulfilmentController {
  constructor(private readonly fulfilment: FulfilmentService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a commitment fulfilled, partially fulfilled or lapsed, with the letter that kept it' })
  record(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordFulfilmentDto, @CurrentEditor() editor: EditorIdentity) {
    return this.fulfilment.record(id, body, editor.name);
  }
}
