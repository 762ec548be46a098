import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search that finds promises by their surroundings: a Dutch tsvector of each document's title (weight A)
 * and text (question, answer, the asking MPs), kept by a trigger like commitment.search_vector, with a
 * GIN index without pending list (see SearchVectorWithoutPendingList). The text is cut at 200,000
 * characters: a tsvector holds at most 1 MB, and a long letter's opening says what it is about.
 */
export class DocumentSearchVector1796400410741 implements MigrationInterface {
    name = 'DocumentSearchVector1796400410741'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "document" ADD "search_vector" tsvector`);
        await queryRunner.query(`CREATE FUNCTION document_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_vector := setweight(to_tsvector('dutch', coalesce(NEW.title, '')), 'A') || to_tsvector('dutch', left(coalesce(NEW.text, ''), 200000));
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER document_search_vector BEFORE INSERT OR UPDATE OF title, text ON "document"
            FOR EACH ROW EXECUTE FUNCTION document_search_vector()`);
        await queryRunner.query(`UPDATE "document" SET "search_vector" = setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || to_tsvector('dutch', left(coalesce(text, ''), 200000))`);
        await queryRunner.query(`CREATE INDEX "IDX_document_search_vector" ON "document" USING gin ("search_vector") WITH (fastupdate = off)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_document_search_vector"`);
        await queryRunner.query(`DROP TRIGGER document_search_vector ON "document"`);
        await queryRunner.query(`DROP FUNCTION document_search_vector()`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "search_vector"`);
    }

}
