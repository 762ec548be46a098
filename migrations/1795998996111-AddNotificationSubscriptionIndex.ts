import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNotificationSubscriptionIndex1795998996111 implements MigrationInterface {
    name = 'AddNotificationSubscriptionIndex1795998996111'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_notification_subscription" ON "notification"  ("subscription_id", "created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_notification_subscription"`);
    }

}
