import { MigrationInterface, QueryRunner } from "typeorm";

export class DocumentAfterImportPending1796012470549 implements MigrationInterface {
    name = 'DocumentAfterImportPending1796012470549'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "document" ADD "after_import_pending" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`CREATE INDEX "IDX_document_after_import_pending" ON "document"  ("id") WHERE after_import_pending`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_document_after_import_pending"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "after_import_pending"`);
    }

}
