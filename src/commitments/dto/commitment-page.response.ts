import { ApiProperty } from '@nestjs/swagger';
import { TOTAL_CAP } from '../commitments.repository';

/** The envelope of GET /api/commitments, for the OpenAPI document. */
export class CommitmentPageResponse {
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'the commitments of this page (see GET /api/commitments/{id} for one)' })
  items!: unknown[];

  @ApiProperty({
    example: 137,
    description: `Commitments matching the filters, counted up to ${TOTAL_CAP}. With more matches this is ${TOTAL_CAP} and totalCapped is true: read it as "more than ${TOTAL_CAP}".`,
  })
  total!: number;

  @ApiProperty({ example: false, description: `true when more than ${TOTAL_CAP} commitments match (total stopped counting)` })
  totalCapped!: boolean;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;
}
