import { ministryKey } from './ministry-lineage';

/**
 * Ministers without portfolio ("Minister voor Medische Zorg") hold an office, not a ministry: their
 * promises belong to the department they serve in. The office stays on the promise (owner role) for
 * display; the ministry is the department. Portfolios that became ministries of their own
 * (Volkshuisvesting en Ruimtelijke Ordening, Asiel en Migratie) are left to the ministry lineage.
 */
export const DEPARTMENT_OF_PORTFOLIO: Readonly<Record<string, string>> = {
  'medische zorg': 'Volksgezondheid, Welzijn en Sport',
  'medische zorg en sport': 'Volksgezondheid, Welzijn en Sport',
  'langdurige zorg en sport': 'Volksgezondheid, Welzijn en Sport',
  'langdurige zorg, jeugd en sport': 'Volksgezondheid, Welzijn en Sport',
  'jeugd en gezin': 'Volksgezondheid, Welzijn en Sport',
  rechtsbescherming: 'Justitie en Veiligheid',
  'primair en voortgezet onderwijs': 'Onderwijs, Cultuur en Wetenschap',
  'basis- en voortgezet onderwijs en media': 'Onderwijs, Cultuur en Wetenschap',
  'buitenlandse handel en ontwikkelingssamenwerking': 'Buitenlandse Zaken',
  ontwikkelingssamenwerking: 'Buitenlandse Zaken',
  'europese zaken': 'Buitenlandse Zaken',
  'klimaat en energie': 'Economische Zaken en Klimaat',
  'natuur en stikstof': 'Landbouw, Natuur en Voedselkwaliteit',
  'armoedebeleid, participatie en pensioenen': 'Sociale Zaken en Werkgelegenheid',
  'wonen en rijksdienst': 'Binnenlandse Zaken en Koninkrijksrelaties',
  'wonen, wijken en integratie': 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer',
  'vreemdelingenzaken en integratie': 'Justitie',
  'immigratie, integratie en asiel': 'Binnenlandse Zaken en Koninkrijksrelaties',
};

/** The department a ministry name or a minister's portfolio belongs to: "Medische Zorg" → "Volksgezondheid, Welzijn en Sport". */
export function departmentOf(ministry: string): string;
export function departmentOf(ministry: string | null): string | null;
export function departmentOf(ministry: string | null): string | null {
  if (ministry === null) return null;
  return DEPARTMENT_OF_PORTFOLIO[ministryKey(ministry)] ?? ministry;
}
