import type { Office } from '../types';

// Ministers without a department are "Minister voor …"; everyone else is "… van <ministerie>".
const VOOR_PORTFOLIOS = [
  'medische zorg', 'rechtsbescherming', 'langdurige zorg', 'primair en voortgezet onderwijs', 'basis- en voortgezet onderwijs',
  'wonen en rijksdienst', 'milieu en wonen', 'buitenlandse handel', 'ontwikkelingssamenwerking', 'klimaat en energie',
  'natuur en stikstof', 'armoedebeleid', 'volkshuisvesting', 'jeugd', 'immigratie', 'vreemdelingenzaken', 'integratie',
  'asiel en migratie', 'migratie', 'europese zaken', 'sport', 'curaçao', 'slavernijverleden', 'onderwijs', 'wonen',
];
const LOWER_WORDS = new Set(['en', 'van', 'voor', 'de', 'het']);

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && LOWER_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Normalises a ministry name from a header or an all-caps letter title. */
export function normaliseMinistry(raw: string): string {
  const s = raw.replace(/\s+/g, ' ').trim().replace(/[,.;]$/, '');
  return s === s.toUpperCase() ? titleCase(s) : s.charAt(0).toUpperCase() + s.slice(1);
}

function normaliseRole(raw: string): 'Minister' | 'Staatssecretaris' | 'Minister-President' {
  const r = raw.toLowerCase();
  if (r.startsWith('minister-president')) return 'Minister-President';
  if (r.startsWith('staatssecretaris')) return 'Staatssecretaris';
  return 'Minister';
}

/** Office from a role word, the ministry and optionally the preposition used in the source. */
export function makeOffice(roleWord: string, ministryRaw: string | null, name: string | null, prep?: string): Office {
  const role = normaliseRole(roleWord);
  if (role === 'Minister-President') {
    return { role: 'Minister-President', ministry: 'Algemene Zaken', name };
  }
  if (!ministryRaw) return { role, ministry: null, name };
  const ministry = normaliseMinistry(ministryRaw);
  const low = ministry.toLowerCase();
  const voor = prep ? prep.toLowerCase() === 'voor' : role === 'Minister' && VOOR_PORTFOLIOS.some((p) => low.startsWith(p));
  return { role: `${role} ${voor ? 'voor' : 'van'} ${ministry}`, ministry, name };
}

const OFFICE_MENTION =
  /\b(Minister-President|[Mm]inisters?|[Ss]taatssecretaris(?:sen)?) (van|voor) ([A-ZÀ-Þ][\p{L}-]*,?(?: (?:[A-ZÀ-Þ][\p{L}-]*,?|en))*)/gu;

/** Every "Minister van X" / "Staatssecretaris voor Y" named in a phrase like "mede namens …". */
export function officesIn(s: string): Office[] {
  const out: Office[] = [];
  OFFICE_MENTION.lastIndex = 0;
  for (let m = OFFICE_MENTION.exec(s); m; m = OFFICE_MENTION.exec(s)) {
    if (m[1] === 'Minister-President') {
      out.push(makeOffice('Minister-President', null, null));
      continue;
    }
    let ministry = m[3].replace(/[ ,]+(en)?$/, '').replace(/ en$/, '');
    ministry = ministry.replace(/,$/, '').trim();
    if (!ministry) continue;
    out.push(makeOffice(m[1], ministry, null, m[2]));
  }
  return out;
}
