import { MigrationInterface, QueryRunner } from "typeorm";

export class CommitmentAlsoStated1796408846078 implements MigrationInterface {
    name = 'CommitmentAlsoStated1796408846078'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" ADD "also_stated" jsonb NOT NULL DEFAULT '[]'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "also_stated"`);
    }

}
