import { MigrationInterface, QueryRunner } from "typeorm";

export class DropUnusedPendingIndex1796005170961 implements MigrationInterface {
    name = 'DropUnusedPendingIndex1796005170961'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_notification_pending"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_notification_pending" ON "notification" USING btree ("next_attempt_at") WHERE (status = 'pending'::notification_status)`);
    }

}
