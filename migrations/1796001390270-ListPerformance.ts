import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Faster public lists: a stored Dutch tsvector (kept by a trigger) with its own GIN index, replacing
 * the expression index that made every search re-parse quote and vehicle to recheck and rank; and
 * an index for the ministry filter (lower(ministry) IN its names and predecessors) in due order; a
 * partial index of hidden documents, so lists anti-join it instead of joining every document.
 */
export class ListPerformance1796001390270 implements MigrationInterface {
    name = 'ListPerformance1796001390270'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment" ADD "search_vector" tsvector`);
        await queryRunner.query(`CREATE FUNCTION commitment_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_vector := to_tsvector('dutch', coalesce(NEW.quote, '') || ' ' || coalesce(NEW.vehicle, ''));
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER commitment_search_vector BEFORE INSERT OR UPDATE OF quote, vehicle ON "commitment"
            FOR EACH ROW EXECUTE FUNCTION commitment_search_vector()`);
        await queryRunner.query(`UPDATE "commitment" SET "search_vector" = to_tsvector('dutch', coalesce(quote, '') || ' ' || coalesce(vehicle, ''))`);
        await queryRunner.query(`ALTER TABLE "commitment" ALTER COLUMN "search_vector" SET NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_search_vector" ON "commitment" USING gin ("search_vector") `);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_search"`);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_ministry_status_due" ON "commitment" (lower("ministry"), "status", "effective_due")`);
        await queryRunner.query(`CREATE INDEX "IDX_document_deleted" ON "document"  ("id") WHERE deleted`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_document_deleted"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_ministry_status_due"`);
        await queryRunner.query(`CREATE INDEX "IDX_commitment_search" ON "commitment" USING gin (to_tsvector('dutch', coalesce("quote", '') || ' ' || coalesce("vehicle", '')))`);
        await queryRunner.query(`DROP INDEX "public"."IDX_commitment_search_vector"`);
        await queryRunner.query(`DROP TRIGGER commitment_search_vector ON "commitment"`);
        await queryRunner.query(`DROP FUNCTION commitment_search_vector()`);
        await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "search_vector"`);
    }

}
