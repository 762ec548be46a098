import { MigrationInterface, QueryRunner } from "typeorm";

export class TkDocumentVersionsDossiersAndUnreadableFiles1796401089587 implements MigrationInterface {
    name = 'TkDocumentVersionsDossiersAndUnreadableFiles1796401089587'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "tk_document_versie" ("id" uuid NOT NULL, "document_tk_id" uuid NOT NULL, "external_identifier" character varying(100), "version_number" integer, "deleted" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_tk_document_versie" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_tk_document_versie_document" ON "tk_document_versie"  ("document_tk_id") `);
        await queryRunner.query(`CREATE TABLE "tk_kamerstukdossier" ("id" uuid NOT NULL, "number" character varying(20), "addition" character varying(20), "deleted" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_tk_kamerstukdossier" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "document" ADD "resource_unreadable_version" character varying(60)`);
        // Register owners were stored surname first ("Madlener, B."); every other owner is written initials first.
        await queryRunner.query(
            `UPDATE "commitment" SET "owner_name" = regexp_replace("owner_name", '^\\s*([^,]+?)\\s*,\\s*(.+?)\\s*$', '\\2 \\1')
             WHERE "origin" = 'tk_register' AND "owner_name" LIKE '%,%'`,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "resource_unreadable_version"`);
        await queryRunner.query(`DROP TABLE "tk_kamerstukdossier"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_tk_document_versie_document"`);
        await queryRunner.query(`DROP TABLE "tk_document_versie"`);
    }

}
