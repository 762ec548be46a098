import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Data only: promises recorded under a minister without portfolio's office ("Medische Zorg") belong to
 * the department (src/ministries/departments.ts); the office stays in owner_role. Idempotent. The
 * down migration cannot tell which rows were moved, so it leaves them.
 */
export class MinistriesAreDepartments1796401000000 implements MigrationInterface {
    name = 'MinistriesAreDepartments1796401000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "commitment" c SET "ministry" = p.department, "updated_at" = now()
            FROM (VALUES
                ('medische zorg', 'Volksgezondheid, Welzijn en Sport'),
                ('medische zorg en sport', 'Volksgezondheid, Welzijn en Sport'),
                ('langdurige zorg en sport', 'Volksgezondheid, Welzijn en Sport'),
                ('langdurige zorg, jeugd en sport', 'Volksgezondheid, Welzijn en Sport'),
                ('jeugd en gezin', 'Volksgezondheid, Welzijn en Sport'),
                ('rechtsbescherming', 'Justitie en Veiligheid'),
                ('primair en voortgezet onderwijs', 'Onderwijs, Cultuur en Wetenschap'),
                ('basis- en voortgezet onderwijs en media', 'Onderwijs, Cultuur en Wetenschap'),
                ('buitenlandse handel en ontwikkelingssamenwerking', 'Buitenlandse Zaken'),
                ('ontwikkelingssamenwerking', 'Buitenlandse Zaken'),
                ('europese zaken', 'Buitenlandse Zaken'),
                ('klimaat en energie', 'Economische Zaken en Klimaat'),
                ('natuur en stikstof', 'Landbouw, Natuur en Voedselkwaliteit'),
                ('armoedebeleid, participatie en pensioenen', 'Sociale Zaken en Werkgelegenheid'),
                ('wonen en rijksdienst', 'Binnenlandse Zaken en Koninkrijksrelaties'),
                ('wonen, wijken en integratie', 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer'),
                ('vreemdelingenzaken en integratie', 'Justitie'),
                ('immigratie, integratie en asiel', 'Binnenlandse Zaken en Koninkrijksrelaties')
            ) AS p(portfolio, department)
            WHERE lower(c."ministry") = p.portfolio`);
    }

    public async down(): Promise<void> {
        // Nothing to undo reliably: the office is still in owner_role.
    }

}
