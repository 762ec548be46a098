import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { CreateSubscriptionDto } from './dto/create-subscription.dto';
import { SubscribeDto } from './dto/subscribe.dto';
import { SubscribeBudgetGuard } from './subscribe-budget.guard';
import { SubscriptionsService } from './subscriptions.service';

export const SUBSCRIBE_ACCEPTED = {
  message: 'Als dit adres zich nog niet had aangemeld, ontvangt het een e-mail met een bevestigingslink.',
};

@ApiTags('subscriptions')
@UseGuards(SubscribeBudgetGuard)
@ApiTooManyRequestsResponse({ description: 'Too many subscribe requests from this IP or for this address' })
@Controller('api')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post('subscriptions')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Follow a commitment, a ministry or a saved search (double opt-in)' })
  @ApiAcceptedResponse({ description: 'A confirmation mail is on its way (the answer never says whether the address was known)' })
  async create(@Body() body: CreateSubscriptionDto) {
    await this.subscriptions.subscribeTo(body);
    return SUBSCRIBE_ACCEPTED;
  }

  @Post('commitments/:id/subscriptions')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Follow one commitment (double opt-in)' })
  @ApiAcceptedResponse({ description: 'A confirmation mail is on its way (the answer never says whether the address was known)' })
  async subscribe(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SubscribeDto) {
    await this.subscriptions.subscribeToCommitment(id, body.email);
    return SUBSCRIBE_ACCEPTED;
  }
}
