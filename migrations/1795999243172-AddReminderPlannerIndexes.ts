import { MigrationInterface, QueryRunner } from "typeorm";

export class AddReminderPlannerIndexes1795999243172 implements MigrationInterface {
    name = 'AddReminderPlannerIndexes1795999243172'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_commitment_created_at" ON "commitment"  ("created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_notification_pending_subscriber" ON "notification"  ("subscriber_id", "id") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE INDEX "IDX_subscription_watch" ON "subscription"  ("target_type", "subscriber_id") WHERE target_type <> 'commitment'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_subscription_watch"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_notification_pending_subscriber"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_created_at"`);
    }

}
