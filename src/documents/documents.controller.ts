import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { invalidInput, notFound } from '../common/domain-error';
import { parseKamerstuk } from '../extraction/structure/kamerstuk';
import { PaginationQuery } from '../common/pagination.query';
import { DOCUMENT_KINDS, DocumentKind } from './document.entity';
import { DocumentsRepository } from './documents.repository';

class ListDocumentsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @ApiPropertyOptional({ description: 'Kamerstuk: "31936-85", "31 936, nr. 85", "35300-X-61", "Kamerstuk 34 775-XVI nr. 152"' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  kamerstuk?: string;

  @ApiPropertyOptional({ description: 'TK document number, e.g. 2020D27320' })
  @IsOptional()
  @Matches(/^(?:19|20)\d{2}D\d{4,6}$/i, { message: 'number must be a TK document number such as 2020D27320' })
  number?: string;
}

@ApiTags('documents')
@Controller('api/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsRepository) {}

  @Get()
  async list(@Query() query: ListDocumentsQuery) {
    const kamerstuk = query.kamerstuk ? parseKamerstuk(query.kamerstuk) : null;
    if (query.kamerstuk && !kamerstuk) throw invalidInput('kamerstuk must name a dossier and number, e.g. 31936-85 or "35 300 X, nr. 61"');
    const { items, total } = await this.documents.list(query.page, query.pageSize, {
      kind: query.kind,
      kamerstuk,
      number: query.number?.toUpperCase(),
    });
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
