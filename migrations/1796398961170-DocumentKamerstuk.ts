import { MigrationInterface, QueryRunner } from "typeorm";

export class DocumentKamerstuk1796398961170 implements MigrationInterface {
    name = 'DocumentKamerstuk1796398961170'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "document" ADD "kamerstuk_dossier" character varying(20)`);
        await queryRunner.query(`ALTER TABLE "document" ADD "kamerstuk_number" character varying(10)`);
        await queryRunner.query(`CREATE INDEX "IDX_document_kamerstuk" ON "document"  ("kamerstuk_dossier", "kamerstuk_number") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_document_kamerstuk"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "kamerstuk_number"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "kamerstuk_dossier"`);
    }

}
