import { MigrationInterface, QueryRunner } from "typeorm";

export class EditorSessions1796399256999 implements MigrationInterface {
    name = 'EditorSessions1796399256999'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "editor_session" ("secret_hash" character(64) NOT NULL, "editor_name" character varying(100) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4ee7a52128451bd2cea3bd5ba0c" PRIMARY KEY ("secret_hash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_editor_session_expires" ON "editor_session"  ("expires_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_editor_session_expires"`);
        await queryRunner.query(`DROP TABLE "editor_session"`);
    }

}
