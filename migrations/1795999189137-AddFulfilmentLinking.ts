import { MigrationInterface, QueryRunner } from "typeorm";

export class AddFulfilmentLinking1795999189137 implements MigrationInterface {
    name = 'AddFulfilmentLinking1795999189137'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."fulfilment_candidate_status" AS ENUM('suggested', 'auto_linked', 'accepted', 'rejected', 'undone')`);
        await queryRunner.query(`CREATE TABLE "fulfilment_candidate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "document_id" uuid NOT NULL, "score" real NOT NULL, "explicit_citation" boolean NOT NULL, "partial" boolean NOT NULL DEFAULT false, "reasons" jsonb NOT NULL DEFAULT '[]', "status" "public"."fulfilment_candidate_status" NOT NULL DEFAULT 'suggested', "decided_by" character varying(100), "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fulfilment_candidate" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fulfilment_candidate_document" ON "fulfilment_candidate"  ("document_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_fulfilment_candidate_queue" ON "fulfilment_candidate"  ("status", "score") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_fulfilment_candidate_pair" ON "fulfilment_candidate"  ("commitment_id", "document_id") `);
        await queryRunner.query(`ALTER TABLE "commitment" ADD "auto_linked" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "commitment" ADD "repeats_commitment_id" uuid`);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_repeats" ON "commitment"  ("repeats_commitment_id") `);
        await queryRunner.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_repeats" FOREIGN KEY ("repeats_commitment_id") REFERENCES "commitment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "fulfilment_candidate" ADD CONSTRAINT "FK_fulfilment_candidate_commitment" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "fulfilment_candidate" ADD CONSTRAINT "FK_fulfilment_candidate_document" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "fulfilment_candidate" DROP CONSTRAINT "FK_fulfilment_candidate_document"`);
        await queryRunner.query(`ALTER TABLE "fulfilment_candidate" DROP CONSTRAINT "FK_fulfilment_candidate_commitment"`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_commitment_repeats"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_repeats"`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "repeats_commitment_id"`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "auto_linked"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_fulfilment_candidate_pair"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fulfilment_candidate_queue"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fulfilment_candidate_document"`);
        await queryRunner.query(`DROP TABLE "fulfilment_candidate"`);
        await queryRunner.query(`DROP TYPE "public"."fulfilment_candidate_status"`);
    }

}
