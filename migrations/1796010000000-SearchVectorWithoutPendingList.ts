import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand: TypeORM does not model index storage parameters, so there is nothing to
 * generate. With fastupdate on (PostgreSQL's default), new search vectors wait in the GIN index's
 * pending list, which every search reads in full until a vacuum merges it; during a large sync
 * (and wherever autovacuum is off) that made each rare-word lookup of the fulfilment linker and
 * each `q=` list search scan thousands of pending entries. Without it an insert updates the index
 * at once, which costs little for the dozen lexemes of a promise.
 */
export class SearchVectorWithoutPendingList1796010000000 implements MigrationInterface {
    name = 'SearchVectorWithoutPendingList1796010000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER INDEX "public"."IDX_commitment_search_vector" SET (fastupdate = off)`);
        await queryRunner.query(`SELECT gin_clean_pending_list('"public"."IDX_commitment_search_vector"'::regclass)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER INDEX "public"."IDX_commitment_search_vector" RESET (fastupdate)`);
    }

}
