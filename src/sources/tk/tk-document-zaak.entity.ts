import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Which TK cases a TK document belongs to (by GUID: either side may arrive first in the feed). */
@Entity({ name: 'tk_document_zaak' })
@Index('IDX_tk_document_zaak_zaak', ['zaakTkId'])
export class TkDocumentZaak {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_tk_document_zaak' })
  documentTkId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_tk_document_zaak' })
  zaakTkId!: string;
}
