import { MigrationInterface, QueryRunner } from "typeorm";

export class FulfilmentLetterDate1796399882544 implements MigrationInterface {
    name = 'FulfilmentLetterDate1796399882544'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" ADD "kept_on" date`);
        // Backfill: a promise kept by a stored letter was kept on that letter's date.
        await queryRunner.query(`UPDATE "commitment" c SET "kept_on" = d."date" FROM "document" d
            WHERE d."id" = c."fulfilling_document_id" AND c."kept_on" IS NULL AND c."status" IN ('fulfilled', 'partially_fulfilled')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "kept_on"`);
    }

}
