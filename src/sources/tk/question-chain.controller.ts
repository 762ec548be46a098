import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Clock, dutchDay } from '../../common/clock';
import { notFound } from '../../common/domain-error';
import { questionChain, QuestionChain } from './question-chain';
import { TkRepository } from './tk.repository';

@ApiTags('documents')
@Controller('api/documents')
export class QuestionChainController {
  constructor(
    private readonly tk: TkRepository,
    private readonly clock: Clock,
  ) {}

  /** The written-question chain a TK document belongs to: question, postponements, answers, answer term. */
  @Get(':id/chain')
  async chain(@Param('id', new ParseUUIDPipe()) id: string): Promise<QuestionChain> {
    const links = await this.tk.chainOf(id);
    if (links.length === 0) throw notFound('chain');
    return questionChain(links, dutchDay(this.clock.now()));
  }
}
