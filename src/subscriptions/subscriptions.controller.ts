import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { SubscribeDto } from './dto/subscribe.dto';
import { SubscriptionsService } from './subscriptions.service';

export const SUBSCRIBE_ACCEPTED = {
  message: 'Als dit adres zich nog niet had aangemeld, ontvangt het een e-mail met een bevestigingslink.',
};

@ApiTags('subscriptions')
@Controller('api/commitments/:id/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'A confirmation mail is on its way (the answer never says whether the address was known)' })
  async subscribe(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SubscribeDto) {
    await this.subscriptions.subscribeToCommitment(id, body.email);
    return SUBSCRIBE_ACCEPTED;
  }
}
