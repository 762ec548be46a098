import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const started = Date.now();
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: { status: 'up', latencyMs: Date.now() - started } };
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: { status: 'down', error: error instanceof Error ? error.message : String(error) } };
    }
  }
}
