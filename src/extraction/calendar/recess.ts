import recessData from './recess.json';
import { addDays, thirdTuesdayOfSeptember, toIso, weekday } from '../deadlines/dates';

export type RecessName = 'zomerreces' | 'kerstreces' | 'herfstreces' | 'meireces' | 'voorjaarsreces' | 'verkiezingsreces';

interface RecessEntry {
  year: number;
  name: string;
  start?: string;
  end?: string;
  date?: string;
  confidence?: string;
}

export interface RecessPeriod {
  start: string;
  end: string;
  /** 'official' | 'secondary' | 'inferred' from the data file, 'rule' when computed here */
  confidence: string;
}

const byKey = new Map<string, RecessPeriod>();
const prinsjesdagen = new Map<number, string>();
for (const e of recessData as RecessEntry[]) {
  if (e.name === 'prinsjesdag' && e.date) prinsjesdagen.set(e.year, e.date);
  else if (e.start && e.end) byKey.set(`${e.name}:${e.year}`, { start: e.start, end: e.end, confidence: e.confidence ?? 'inferred' });
}

/** Friday of ISO week `week` in `year`. */
function fridayOfIsoWeek(year: number, week: number): string {
  const jan4 = toIso(year, 1, 4);
  const wd = weekday(jan4) || 7; // Monday = 1 … Sunday = 7
  const mondayWeek1 = addDays(jan4, 1 - wd);
  return addDays(mondayWeek1, (week - 1) * 7 + 4);
}

/** Fallback rules from recess.md for years the data file does not cover. */
function ruleBased(name: RecessName, year: number): RecessPeriod | null {
  switch (name) {
    case 'zomerreces': {
      const start = fridayOfIsoWeek(year, 27);
      return { start, end: addDays(start, 59), confidence: 'rule' };
    }
    case 'kerstreces': {
      for (let d = 17; d <= 23; d++) {
        const iso = toIso(year, 12, d);
        if (weekday(iso) === 5) return { start: iso, end: addDays(iso, 24), confidence: 'rule' };
      }
      return null;
    }
    case 'herfstreces': {
      const start = fridayOfIsoWeek(year, 42);
      return { start, end: addDays(start, 10), confidence: 'rule' };
    }
    case 'voorjaarsreces': {
      const start = fridayOfIsoWeek(year, 7);
      return { start, end: addDays(start, 10), confidence: 'rule' };
    }
    case 'meireces': {
      for (let d = 21; d <= 27; d++) {
        const iso = toIso(year, 4, d);
        if (weekday(iso) === 5) return { start: iso, end: addDays(iso, 17), confidence: 'rule' };
      }
      return null;
    }
    default:
      return null;
  }
}

/** The recess of that name starting in `year` (the TK names the kerstreces after its start year). */
export function recess(name: RecessName, year: number): RecessPeriod | null {
  return byKey.get(`${name}:${year}`) ?? ruleBased(name, year);
}

export function prinsjesdag(year: number): string {
  return prinsjesdagen.get(year) ?? thirdTuesdayOfSeptember(year);
}
