import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { HealthChecks } from './health-checks';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: HealthChecks,
  ) {}

  /** 200 with `status: ok` when the database answers within 2 s; 503 otherwise. Always the outbox lag. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.checks.database(), () => this.checks.outbox()]);
  }
}
