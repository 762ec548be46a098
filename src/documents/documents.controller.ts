import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { notFound } from '../common/domain-error';
import { PaginationQuery } from '../common/pagination.query';
import { DOCUMENT_KINDS, DocumentKind } from './document.entity';
import { DocumentsRepository } from './documents.repository';

class ListDocumentsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;
}

@ApiTags('documents')
@Controller('api/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsRepository) {}

  @Get()
  async list(@Query() query: ListDocumentsQuery) {
    const { items, total } = await this.documents.list(query.page, query.pageSize, query.kind);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const document = await this.documents.findById(id);
    if (!document) throw notFound('document');
    const { textHash: _hash, ...rest } = document;
    return rest;
  }
}
