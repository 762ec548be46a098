import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795997842669 implements MigrationInterface {
    name = 'InitialSchema1795997842669'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."document_kind" AS ENUM('answer', 'letter', 'postponement', 'questions', 'other')`);
        await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" character varying(20) NOT NULL, "external_id" character varying(100) NOT NULL, "number" character varying(20), "kind" "public"."document_kind" NOT NULL, "title" text, "date" date, "session_year" character varying(9), "appendix_number" character varying(40), "case_number" character varying(20), "ministry" character varying(200), "author_role" character varying(200), "author_name" character varying(200), "url" text, "text" text NOT NULL, "text_hash" character(64) NOT NULL, "blocks" jsonb NOT NULL DEFAULT '[]', "deleted" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_document_ministry_date" ON "document"  ("ministry", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_document_case_number" ON "document"  ("case_number") `);
        await queryRunner.query(`CREATE INDEX "IDX_document_number" ON "document"  ("number") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_document_source_external_id" ON "document"  ("source", "external_id") `);
        await queryRunner.query(`CREATE TYPE "public"."commitment_kind" AS ENUM('report', 'action')`);
        await queryRunner.query(`CREATE TYPE "public"."due_source" AS ENUM('explicit', 'phrase', 'default', 'manual')`);
        await queryRunner.query(`CREATE TYPE "public"."commitment_status" AS ENUM('candidate', 'open', 'fulfilled', 'partially_fulfilled', 'lapsed', 'rejected')`);
        await queryRunner.query(`CREATE TYPE "public"."commitment_origin" AS ENUM('extracted', 'tk_register', 'manual')`);
        await queryRunner.query(`CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid, "quote" text NOT NULL, "start_offset" integer, "end_offset" integer, "answer_label" character varying(40), "kind" "public"."commitment_kind" NOT NULL, "owner_role" character varying(200), "owner_name" character varying(200), "ministry" character varying(200), "vehicle" text, "deadline_phrase" text, "due" date, "due_source" "public"."due_source" NOT NULL, "due_explanation" text, "effective_due" date, "recurring" boolean NOT NULL DEFAULT false, "confidence" real NOT NULL, "status" "public"."commitment_status" NOT NULL, "fulfilling_document_id" uuid, "fulfilling_letter" text, "fulfilled_at" TIMESTAMP WITH TIME ZONE, "origin" "public"."commitment_origin" NOT NULL, "raw_status" character varying(100), "fingerprint" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_commitment_fingerprint" ON "commitment"  ("fingerprint") `);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_document" ON "commitment"  ("document_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_ministry" ON "commitment"  ("ministry") `);
        // Dutch full-text search over what a commitment says (not generated: expression index).
        await queryRunner.query(`CREATE INDEX "IDX_commitment_search" ON "commitment" USING gin (to_tsvector('dutch', coalesce("quote", '') || ' ' || coalesce("vehicle", '')))`);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_status_effective_due" ON "commitment"  ("status", "effective_due") `);
        await queryRunner.query(`CREATE TYPE "public"."commitment_event_type" AS ENUM('created', 'status_changed', 'due_changed', 'letter_linked', 'edited')`);
        await queryRunner.query(`CREATE TABLE "commitment_event" ("id" BIGSERIAL NOT NULL, "commitment_id" uuid NOT NULL, "type" "public"."commitment_event_type" NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "actor" character varying(100) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_992832250483e0dae9fa45813aa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_event_commitment" ON "commitment_event"  ("commitment_id", "occurred_at") `);
        await queryRunner.query(`CREATE TYPE "public"."digest_frequency" AS ENUM('immediate', 'daily', 'weekly')`);
        await queryRunner.query(`CREATE TABLE "subscriber" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "email_normalized" character varying(320) NOT NULL, "digest" "public"."digest_frequency" NOT NULL DEFAULT 'immediate', "suppressed_at" TIMESTAMP WITH TIME ZONE, "suppression_reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c52b7ddbaf79cd2650045b79c7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_subscriber_email_normalized" ON "subscriber"  ("email_normalized") `);
        await queryRunner.query(`CREATE TYPE "public"."notification_event" AS ENUM('confirmation', 'due_soon', 'overdue', 'still_overdue', 'fulfilled', 'deadline_changed', 'new_commitment')`);
        await queryRunner.query(`CREATE TYPE "public"."notification_status" AS ENUM('pending', 'sending', 'sent', 'dead', 'cancelled')`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" BIGSERIAL NOT NULL, "subscriber_id" uuid NOT NULL, "subscription_id" uuid, "commitment_id" uuid, "event" "public"."notification_event" NOT NULL, "dedupe_key" character varying(300) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "status" "public"."notification_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_dedupe_key" ON "notification"  ("dedupe_key") `);
        await queryRunner.query(`CREATE INDEX "IDX_notification_subscriber" ON "notification"  ("subscriber_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_notification_sending" ON "notification"  ("claimed_at") WHERE status = 'sending'`);
        await queryRunner.query(`CREATE INDEX "IDX_notification_pending" ON "notification"  ("next_attempt_at") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE TABLE "sync_state" ("source" character varying(100) NOT NULL, "cursor" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7574e3ec43b02b16f5f11b3c67f" PRIMARY KEY ("source"))`);
        await queryRunner.query(`CREATE TYPE "public"."access_token_purpose" AS ENUM('confirm', 'mail')`);
        await queryRunner.query(`CREATE TABLE "access_token" ("token_hash" character(64) NOT NULL, "subscriber_id" uuid NOT NULL, "purpose" "public"."access_token_purpose" NOT NULL, "subscription_ids" uuid array NOT NULL DEFAULT '{}', "expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1e0f699436608cc429896f991f" PRIMARY KEY ("token_hash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_access_token_subscriber" ON "access_token"  ("subscriber_id") `);
        await queryRunner.query(`CREATE TYPE "public"."subscription_target" AS ENUM('commitment', 'ministry', 'search')`);
        await queryRunner.query(`CREATE TYPE "public"."subscription_status" AS ENUM('unconfirmed', 'confirmed', 'unsubscribed')`);
        await queryRunner.query(`CREATE TABLE "subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscriber_id" uuid NOT NULL, "target_type" "public"."subscription_target" NOT NULL, "target_key" character varying(500) NOT NULL, "commitment_id" uuid, "ministry" character varying(200), "search" jsonb, "status" "public"."subscription_status" NOT NULL DEFAULT 'unconfirmed', "confirmed_at" TIMESTAMP WITH TIME ZONE, "due_soon_days" integer DEFAULT '7', "repeat_days" integer NOT NULL DEFAULT '14', "paused" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8c3e00ebd02103caa1174cd5d9d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_subscription_commitment" ON "subscription"  ("commitment_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_subscription_subscriber_target" ON "subscription"  ("subscriber_id", "target_key") `);
        await queryRunner.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_8d7b356dd2ffb39e3c3690a1275" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_00af8d2e1c7e96ed352cddc9fea" FOREIGN KEY ("fulfilling_document_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment_event" ADD CONSTRAINT "FK_6e163c27a6e94cc8112005fa29e" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_129baf0aaf58327ec50efea6de8" FOREIGN KEY ("subscriber_id") REFERENCES "subscriber"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "access_token" ADD CONSTRAINT "FK_d9863c11a67612c795d79258b78" FOREIGN KEY ("subscriber_id") REFERENCES "subscriber"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subscription" ADD CONSTRAINT "FK_e86c94ef2066df53b34d1e5edec" FOREIGN KEY ("subscriber_id") REFERENCES "subscriber"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "subscription" ADD CONSTRAINT "FK_6ae6eac6f8a8e23c8e903067e3e" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "subscription" DROP CONSTRAINT "FK_6ae6eac6f8a8e23c8e903067e3e"`);
        await queryRunner.query(`ALTER TABLE "subscription" DROP CONSTRAINT "FK_e86c94ef2066df53b34d1e5edec"`);
        await queryRunner.query(`ALTER TABLE "access_token" DROP CONSTRAINT "FK_d9863c11a67612c795d79258b78"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_129baf0aaf58327ec50efea6de8"`);
        await queryRunner.query(`ALTER TABLE "commitment_event" DROP CONSTRAINT "FK_6e163c27a6e94cc8112005fa29e"`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_00af8d2e1c7e96ed352cddc9fea"`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_8d7b356dd2ffb39e3c3690a1275"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_subscription_subscriber_target"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_subscription_commitment"`);
        await queryRunner.query(`DROP TABLE "subscription"`);
        await queryRunner.query(`DROP TYPE "public"."subscription_status"`);
        await queryRunner.query(`DROP TYPE "public"."subscription_target"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_access_token_subscriber"`);
        await queryRunner.query(`DROP TABLE "access_token"`);
        await queryRunner.query(`DROP TYPE "public"."access_token_purpose"`);
        await queryRunner.query(`DROP TABLE "sync_state"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_notification_pending"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_notification_sending"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_notification_subscriber"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_notification_dedupe_key"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TYPE "public"."notification_status"`);
        await queryRunner.query(`DROP TYPE "public"."notification_event"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_subscriber_email_normalized"`);
        await queryRunner.query(`DROP TABLE "subscriber"`);
        await queryRunner.query(`DROP TYPE "public"."digest_frequency"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_event_commitment"`);
        await queryRunner.query(`DROP TABLE "commitment_event"`);
        await queryRunner.query(`DROP TYPE "public"."commitment_event_type"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_status_effective_due"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_search"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_ministry"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_document"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_commitment_fingerprint"`);
        await queryRunner.query(`DROP TABLE "commitment"`);
        await queryRunner.query(`DROP TYPE "public"."commitment_origin"`);
        await queryRunner.query(`DROP TYPE "public"."commitment_status"`);
        await queryRunner.query(`DROP TYPE "public"."due_source"`);
        await queryRunner.query(`DROP TYPE "public"."commitment_kind"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_document_source_external_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_document_number"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_document_case_number"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_document_ministry_date"`);
        await queryRunner.query(`DROP TABLE "document"`);
        await queryRunner.query(`DROP TYPE "public"."document_kind"`);
    }

}
