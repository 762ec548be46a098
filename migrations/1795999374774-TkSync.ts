import { MigrationInterface, QueryRunner } from "typeorm";

export class TkSync1795999374774 implements MigrationInterface {
    name = 'TkSync1795999374774'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."tk_actor_subject" AS ENUM('document', 'zaak')`);
        await queryRunner.query(`CREATE TABLE "tk_actor" ("id" uuid NOT NULL, "subject_type" "public"."tk_actor_subject" NOT NULL, "subject_tk_id" uuid NOT NULL, "name" character varying(200), "function" character varying(200), "relation" character varying(100), "party" character varying(100), "person_tk_id" uuid, "deleted" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_tk_actor" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_tk_actor_subject" ON "tk_actor"  ("subject_tk_id") `);
        await queryRunner.query(`CREATE TABLE "tk_document_zaak" ("document_tk_id" uuid NOT NULL, "zaak_tk_id" uuid NOT NULL, CONSTRAINT "PK_tk_document_zaak" PRIMARY KEY ("document_tk_id", "zaak_tk_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_tk_document_zaak_zaak" ON "tk_document_zaak"  ("zaak_tk_id") `);
        await queryRunner.query(`CREATE TABLE "tk_zaak" ("id" uuid NOT NULL, "number" character varying(20), "kind" character varying(100), "title" text, "started_on" date, "deleted" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_tk_zaak" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_tk_zaak_number" ON "tk_zaak"  ("number") `);
        await queryRunner.query(`ALTER TABLE "document" ADD "resource_error" text`);
        await queryRunner.query(`ALTER TABLE "document" ADD "resource_attempts" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "commitment" ADD "external_ref" character varying(40)`);
        await queryRunner.query(`ALTER TABLE "commitment" ADD "withdrawn" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "withdrawn"`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "external_ref"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "resource_attempts"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "resource_error"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_tk_zaak_number"`);
        await queryRunner.query(`DROP TABLE "tk_zaak"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_tk_document_zaak_zaak"`);
        await queryRunner.query(`DROP TABLE "tk_document_zaak"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_tk_actor_subject"`);
        await queryRunner.query(`DROP TABLE "tk_actor"`);
        await queryRunner.query(`DROP TYPE "public"."tk_actor_subject"`);
    }

}
