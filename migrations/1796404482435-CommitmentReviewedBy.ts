import { MigrationInterface, QueryRunner } from "typeorm";

export class CommitmentReviewedBy1796404482435 implements MigrationInterface {
    name = 'CommitmentReviewedBy1796404482435'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "commitment" ADD "reviewed_by" character varying(100)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "reviewed_by"`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "reviewed_at"`);
    }

}
