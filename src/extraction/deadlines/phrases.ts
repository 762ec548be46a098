import { prinsjesdag, recess, type RecessName } from '../calendar/recess';
import { MONTHS, MONTH_NAMES, addDays, addMonths, endOfMonth, parseIso, sundayOf, toIso, weekday } from './dates';

export interface TimePhrase {
  text: string;
  index: number;
  due: string | null;
  source: 'explicit' | 'phrase' | null;
  /** the phrase sets a hard outer limit ("uiterlijk …", "in ieder geval …") */
  firm: boolean;
  explanation: string;
}

interface Ctx {
  doc: string; // YYYY-MM-DD
  y: number;
}

type Resolver = (m: RegExpExecArray, ctx: Ctx) => { due: string | null; explanation: string; explicit?: boolean } | null;

const MONTH = `(${MONTH_NAMES})`;
const B = '(?<![\\p{L}\\d])'; // word start that also works for "vóór"
const E = '(?![\\p{L}\\d])';
const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};
const ORDINAL: Record<string, number> = { eerste: 1, '1e': 1, tweede: 2, '2e': 2, derde: 3, '3e': 3, vierde: 4, '4e': 4, laatste: 4 };

const num = (s: string) => NUMBER_WORDS[s] ?? parseInt(s, 10);

/** Moves a date that already lies before the document date to the next year (when no year was named). */
function rollover(due: string, ctx: Ctx, compute: (year: number) => string | null, yearGiven: boolean): string | null {
  if (yearGiven || due >= ctx.doc) return due;
  return compute(parseIso(due)!.y + 1);
}

function yearFrom(word: string | undefined, ctx: Ctx): { year: number; given: boolean } {
  if (!word) return { year: ctx.y, given: false };
  if (/^\d{4}$/.test(word)) return { year: +word, given: true };
  if (/volgend|komend|nieuwe/.test(word)) return { year: ctx.y + 1, given: true };
  return { year: ctx.y, given: /dit|deze|huidige|lopende/.test(word) };
}

function beforeRecess(name: RecessName, label: string): Resolver {
  return (m, ctx) => {
    const { year, given } = yearFrom(m.groups?.year, ctx);
    const compute = (y: number) => {
      const r = recess(name, y);
      return r ? addDays(r.start, -1) : null;
    };
    const due = compute(year);
    if (!due) return null;
    const final = rollover(due, ctx, compute, given);
    return { due: final, explanation: `dag voor het ${label} ${final ? parseIso(final)!.y : year}` };
  };
}

const SEASON_END: Record<string, (y: number) => string> = {
  zomer: (y) => toIso(y, 8, 31),
  voorjaar: (y) => toIso(y, 6, 20),
  lente: (y) => toIso(y, 6, 20),
  najaar: (y) => toIso(y, 12, 20),
  herfst: (y) => toIso(y, 12, 20),
  winter: (y) => toIso(y + 1, 3, 20),
};

const RECESS_OF: Record<string, RecessName> = {
  zomer: 'zomerreces', kerst: 'kerstreces', herfst: 'herfstreces', mei: 'meireces', voorjaars: 'voorjaarsreces', krokus: 'voorjaarsreces',
  verkiezings: 'verkiezingsreces',
};

const MONTH_HINT = new RegExp(MONTH_NAMES);
const YEAR_HINT = /\d{4}|jaar/;
// one scan that every time phrase passes: a digit, a month or one of the period words
const ANY_HINT = /\d|ultimo|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|reces|kerst|zomer|voorjaar|najaar|herfst|winter|lente|prinsjesdag|kwartaal|helft|halfjaar|jaar|binnen|over|week|maand|vandaag|vanmiddag|vanavond|morgen|binnenkort|spoedig|snel|z\.s\.m|termijn|zijner|t\.z\.t|afzienbare|komende|na de |na het |later moment/;

interface Rule {
  /** a cheap test that any match needs: most sentences hold no time phrase at all */
  hint: RegExp;
  re: RegExp;
  resolve: Resolver;
}

// "voor het commissiedebat …", "voorafgaand aan het overleg …": what a dated event after it limits
const BEFORE_EVENT = /(?:^|\s)(?:voor|vóór|uiterlijk voor|ruim voor|voorafgaand aan) (?:het|de) [^.;,]{0,80}$/u;

const RULES: Rule[] = [
  // explicit dates: "13 september 2024", "vóór 1 april", "van 27 mei a.s."
  {
    hint: MONTH_HINT,
    re: new RegExp(`${B}(?<prep>(?:uiterlijk |voor |vóór |op |per |rond |tegen |van |na |sinds |vanaf )?)(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) )?(?<day>\\d{1,2}) ${MONTH}(?: (?<year>\\d{4}))?(?<as> a\\.s\\.?| aanstaande)?(?<jl> jl\\.?| jongstleden| j\\.l\\.?)?${E}`, 'gu'),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const prep = g.prep.trim();
      // "de brief van 3 mei" is a letter already sent; "voor het debat van 21 april 2027" a limit ahead
      const ahead = prep === 'van' && g.year && toIso(+g.year, MONTHS[m[3]], +g.day) >= ctx.doc && BEFORE_EVENT.test(m.input.slice(Math.max(0, m.index - 100), m.index));
      if (g.jl || ((prep === 'van' || prep === 'sinds' || prep === 'vanaf' || prep === 'na') && !g.as && !ahead)) return null;
      const month = MONTHS[m[3]];
      const day = +g.day;
      if (day < 1 || day > 31) return null;
      const compute = (y: number) => toIso(y, month, day);
      const due = rollover(compute(g.year ? +g.year : ctx.y), ctx, compute, !!g.year);
      return { due, explanation: 'genoemde datum', explicit: true };
    },
  },
  // time of day on the document date: "rond 16:00"
  {
    hint: /\d[:.]\d/,
    re: new RegExp(`${B}(?:rond|om|voor|vóór|uiterlijk) \\d{1,2}[:.]\\d{2}(?: uur)?${E}`, 'gu'),
    resolve: (_m, ctx) => ({ due: ctx.doc, explanation: 'dezelfde dag', explicit: true }),
  },
  // months: "eind oktober", "begin februari 2014", "uiterlijk februari 2020", "in september"
  {
    hint: MONTH_HINT,
    re: new RegExp(`${B}(?<prep>eind(?:e| van)?|ultimo|begin|medio|half|halverwege|midden|in de loop van|uiterlijk(?: eind| begin| medio| in)?|in|voor|vóór|per|rond|tot)(?: de maand)? ${MONTH}(?: (?<year>\\d{4}))?${E}`, 'gu'),
    resolve: (m, ctx) => {
      const prep = m.groups!.prep;
      const month = MONTHS[m[2]];
      const yg = m.groups!.year;
      let compute: (y: number) => string;
      let what: string;
      if (/begin/.test(prep)) {
        compute = (y) => toIso(y, month, 10);
        what = `begin ${m[2]}`;
      } else if (/medio|half|halverwege|midden/.test(prep)) {
        compute = (y) => toIso(y, month, 15);
        what = `half ${m[2]}`;
      } else if (prep === 'voor' || prep === 'vóór') {
        compute = (y) => toIso(y, month, 0);
        what = `dag voor 1 ${m[2]}`;
      } else if (prep === 'per') {
        compute = (y) => toIso(y, month, 1);
        what = `1 ${m[2]}`;
      } else {
        compute = (y) => endOfMonth(y, month);
        what = `eind ${m[2]}`;
      }
      const due = rollover(compute(yg ? +yg : ctx.y), ctx, compute, !!yg);
      return { due, explanation: `${what} ${parseIso(due!)!.y}` };
    },
  },
  // a span of months: "maart/april 2026", "in mei-juni", "september of oktober" end with the later month
  {
    hint: MONTH_HINT,
    re: new RegExp(`${B}(?:(?:in|rond|uiterlijk|uiterlijk in) )?${MONTH}(?: ?[/–-] ?| of )${MONTH}(?: (?<year>\\d{4}))?${E}`, 'gu'),
    resolve: (m, ctx) => {
      const [from, to] = [MONTHS[m[1]], MONTHS[m[2]]];
      const yg = m.groups!.year;
      const compute = (y: number) => endOfMonth(to < from ? y + 1 : y, to);
      const due = rollover(compute(yg ? +yg - (to < from ? 1 : 0) : ctx.y), ctx, compute, !!yg);
      return { due, explanation: `eind ${m[2]} ${parseIso(due!)!.y}` };
    },
  },
  // recesses: "voor het zomerreces", "voor het kerstreces 2024", "na het zomerreces"
  {
    hint: /reces/,
    re: new RegExp(`${B}(?<prep>voor|vóór|na|tijdens|in|rond|direct na|kort na|(?:(?:voor |vóór |aan )?het )?einde?(?: van)?|begin)(?: afloop van)? (?:het|de) (?<which>zomer|kerst|herfst|mei|voorjaars|krokus|verkiezings)-? ?reces(?: (?:van )?(?<year>\\d{4}))?${E}`, 'gu'),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const name = RECESS_OF[g.which];
      const label = `${g.which}reces`.replace('krokusreces', 'voorjaarsreces');
      if (g.prep === 'voor' || g.prep === 'vóór') return beforeRecess(name, label)(m, ctx);
      if (g.prep.includes('na')) {
        if (name !== 'zomerreces' || g.prep !== 'na') return { due: null, explanation: `na het ${label}: geen einddatum` };
        const { year, given } = yearFrom(g.year, ctx);
        const due = rollover(toIso(year, 9, 30), ctx, (y) => toIso(y, 9, 30), given);
        return { due, explanation: `na de zomer: 30 september ${parseIso(due!)!.y}` };
      }
      const { year, given } = yearFrom(g.year, ctx);
      const compute = (y: number) => recess(name, y)?.end ?? null;
      const first = compute(year);
      if (!first) return null;
      const due = rollover(first, ctx, compute, given);
      return { due, explanation: `laatste dag van het ${label}` };
    },
  },
  // "voor de kerst", "voor kerstmis"
  {
    hint: /kerst/,
    re: new RegExp(`${B}(?:voor|vóór) (?:de )?kerst(?:mis)?${E}`, 'gu'),
    resolve: (m, ctx) => beforeRecess('kerstreces', 'kerstreces')(m, ctx),
  },
  // seasons: "voor de zomer", "na de zomer", "in het najaar", "dit voorjaar", "najaar 2024", "zomer van 2021"
  {
    hint: /zomer|voorjaar|najaar|herfst|winter|lente/,
    re: new RegExp(`${B}(?:(?<prep>voor|vóór|na|rond|in|tijdens|eind|begin|uiterlijk in|uiterlijk) (?:de|het|deze|dit)|(?<rel>dit|deze|komend|komende|volgend|volgende|aankomend|aankomende|het komende|de komende))? ?(?<season>zomer|voorjaar|najaar|herfst|winter|lente)(?:vakantie)?(?: (?:van )?(?<year>\\d{4}))?${E}`, 'gu'),
    resolve: (m, ctx) => {
      const g = m.groups!;
      if (!g.prep && !g.rel && !g.year) return null;
      const season = g.season;
      let { year, given } = yearFrom(g.year, ctx);
      if (g.rel && /volgend/.test(g.rel)) {
        year = ctx.y + 1;
        given = true;
      }
      if (season === 'zomer' && (g.prep === 'voor' || g.prep === 'vóór')) {
        const compute = (y: number) => {
          const r = recess('zomerreces', y);
          return r ? addDays(r.start, -1) : null;
        };
        const first = compute(year);
        if (!first) return null;
        const due = rollover(first, ctx, compute, given);
        return { due, explanation: `dag voor het zomerreces ${due ? parseIso(due)!.y : year}` };
      }
      if (season === 'zomer' && g.prep === 'na') {
        const due = rollover(toIso(year, 9, 30), ctx, (y) => toIso(y, 9, 30), given);
        return { due, explanation: `na de zomer: 30 september ${parseIso(due!)!.y}` };
      }
      if (g.prep === 'na') return { due: null, explanation: `na het ${season}: geen einddatum` };
      let compute = SEASON_END[season];
      let what = `eind ${season}`;
      if ((g.prep === 'voor' || g.prep === 'vóór') && (season === 'najaar' || season === 'herfst')) {
        compute = (y) => toIso(y, 9, 20);
        what = 'voor het najaar';
      } else if ((g.prep === 'voor' || g.prep === 'vóór') && (season === 'voorjaar' || season === 'lente')) {
        compute = (y) => toIso(y, 3, 20);
        what = 'voor het voorjaar';
      }
      // "deze winter" in February is the winter that started last year
      const base = season === 'winter' && ctx.doc.slice(5) <= '03-20' && !given ? year - 1 : year;
      const due = rollover(compute(base), ctx, (y) => compute(season === 'winter' ? y - 1 : y), given);
      return { due, explanation: `${what} ${parseIso(due!)!.y}` };
    },
  },
  // Prinsjesdag
  {
    hint: /prinsjesdag/,
    re: new RegExp(`${B}(?<prep>voor|vóór|op|rond|met|bij|uiterlijk op|uiterlijk|tegen|(?:kort |direct )?na) (?:de )?prinsjesdag(?: (?:van )?(?<year>\\d{4}))?${E}`, 'gu'),
    resolve: (m, ctx) => {
      if (/na$/.test(m.groups!.prep)) return { due: null, explanation: 'na Prinsjesdag: geen einddatum' };
      const { year, given } = yearFrom(m.groups?.year, ctx);
      const due = rollover(prinsjesdag(year), ctx, prinsjesdag, given);
      return { due, explanation: `Prinsjesdag ${parseIso(due!)!.y}` };
    },
  },
  // quarters and halves: "in het eerste kwartaal van 2026", "Q3 2025", "de tweede helft van dit jaar"
  {
    hint: /kwartaal|helft|halfjaar/,
    re: new RegExp(`${B}(?:het |de )?(?<ord>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e) (?<unit>kwartaal|helft|halfjaar)(?: (?:van |in )?(?<year>\\d{4}|dit jaar|het lopende jaar|volgend jaar|komend jaar|het (?:volgende|komende|nieuwe) jaar|het jaar))?${E}`, 'gu'),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const n = ORDINAL[g.ord];
      const months = g.unit === 'kwartaal' ? n * 3 : Math.min(n, 2) * 6;
      const { year, given } = yearFrom(g.year, ctx);
      const compute = (y: number) => endOfMonth(y, months);
      const due = rollover(compute(year), ctx, compute, given);
      return { due, explanation: `eind ${g.ord} ${g.unit} ${parseIso(due!)!.y}` };
    },
  },
  // half of a month: "in de tweede helft van augustus"
  {
    hint: /helft/,
    re: new RegExp(`${B}(?:in )?de (?<ord>eerste|tweede|1e|2e) helft van ${MONTH}(?: (?<year>\\d{4}))?${E}`, 'gu'),
    resolve: (m, ctx) => {
      const month = MONTHS[m[2]];
      const first = ORDINAL[m.groups!.ord] === 1;
      const compute = (y: number) => (first ? toIso(y, month, 15) : endOfMonth(y, month));
      const yg = m.groups!.year;
      const due = rollover(compute(yg ? +yg : ctx.y), ctx, compute, !!yg);
      return { due, explanation: `${first ? 'half' : 'eind'} ${m[2]} ${parseIso(due!)!.y}` };
    },
  },
  // the turn of the year: "voor de jaarwisseling"
  {
    hint: /jaarwisseling/,
    re: new RegExp(`${B}(?:voor|vóór|rond|tegen|uiterlijk|bij|met) de jaarwisseling${E}`, 'gu'),
    resolve: (_m, ctx) => ({ due: toIso(ctx.y, 12, 31), explanation: `eind ${ctx.y}` }),
  },
  {
    hint: /q[1-4] /,
    re: new RegExp(`${B}q(?<q>[1-4]) (?<year>\\d{4})${E}`, 'gu'),
    resolve: (m) => ({ due: endOfMonth(+m.groups!.year, +m.groups!.q * 3), explanation: `eind Q${m.groups!.q} ${m.groups!.year}` }),
  },
  // begin / medio / end of a year
  {
    hint: YEAR_HINT,
    re: new RegExp(`${B}(?:(?:voor |vóór |uiterlijk |tegen |rond |per |in )?(?:het )?(?<pos>begin|medio|half|halverwege|midden|eind|einde|ultimo)(?: van)? (?:het )?(?<year>\\d{4}|dit jaar|volgend jaar|komend jaar|het (?:volgende|komende|nieuwe|lopende|huidige) jaar|(?:dit|het) (?:kalender)?jaar|lopende jaar|huidige jaar|volgende jaar|komende jaar))${E}`, 'gu'),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const yw = g.year.replace(/^het /, '');
      let year = ctx.y;
      if (/^\d{4}$/.test(yw)) year = +yw;
      else if (/volgend|komend|nieuwe/.test(yw)) year = ctx.y + 1;
      if (g.pos === 'begin') return { due: toIso(year, 3, 31), explanation: `begin ${year}: 31 maart` };
      if (g.pos === 'eind' || g.pos === 'einde' || g.pos === 'ultimo') return { due: toIso(year, 12, 31), explanation: `eind ${year}` };
      return { due: toIso(year, 6, 30), explanation: `medio ${year}: 30 juni` };
    },
  },
  // a whole year: "in 2024", "dit jaar", "later dit jaar", "volgend jaar", "vóór 2025"
  {
    hint: YEAR_HINT,
    re: new RegExp(`${B}(?<prep>in de loop van |in |voor |vóór |uiterlijk in |uiterlijk |later |nog |ergens )?(?:het )?(?<year>\\d{4}|dit jaar|volgend jaar|komend jaar|volgende jaar|komende jaar)${E}`, 'gu'),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const prep = (g.prep ?? '').trim();
      let year: number;
      if (/^\d{4}$/.test(g.year)) {
        if (!prep) return null; // a bare year is usually a reference, not a deadline
        year = +g.year;
        if (prep === 'voor' || prep === 'vóór') return { due: toIso(year - 1, 12, 31), explanation: `voor ${year}` };
        if (year < ctx.y) return null;
      } else year = /volgend|komend/.test(g.year) ? ctx.y + 1 : ctx.y;
      return { due: toIso(year, 12, 31), explanation: `eind ${year}` };
    },
  },
  // relative spans: "binnen drie weken", "volgende week", "deze maand"
  {
    hint: /binnen|over/,
    re: new RegExp(`${B}(?:binnen|over|uiterlijk over|uiterlijk binnen) (?<n>een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\d{1,3}) (?<unit>dagen|dag|werkdagen|werkdag|weken|week|maanden|maand|jaren|jaar)${E}`, 'gu'),
    resolve: (m, ctx) => {
      const n = num(m.groups!.n);
      const unit = m.groups!.unit;
      let due: string;
      if (unit.startsWith('werkdag')) {
        due = ctx.doc;
        for (let left = n; left > 0; ) {
          due = addDays(due, 1);
          const wd = weekday(due);
          if (wd !== 0 && wd !== 6) left--;
        }
      } else if (unit.startsWith('dag')) due = addDays(ctx.doc, n);
      else if (unit.startsWith('we')) due = addDays(ctx.doc, 7 * n);
      else if (unit.startsWith('maand')) due = addMonths(ctx.doc, n);
      else due = addMonths(ctx.doc, 12 * n);
      return { due, explanation: `${n} ${unit} na de documentdatum` };
    },
  },
  {
    hint: /week|maand|vandaag|vanmiddag|vanavond|morgen/,
    re: new RegExp(`${B}(?<what>volgende week|komende week|deze week|volgende maand|komende maand|deze maand|eind(?:e)? (?:van )?deze maand|(?:later )?vandaag|vanmiddag|vanavond|morgen)${E}`, 'gu'),
    resolve: (m, ctx) => {
      const w = m.groups!.what;
      const p = parseIso(ctx.doc)!;
      if (w === 'volgende week' || w === 'komende week') return { due: sundayOf(addDays(ctx.doc, 7)), explanation: 'zondag van volgende week' };
      if (w === 'deze week') return { due: sundayOf(ctx.doc), explanation: 'zondag van deze week' };
      if (w.includes('deze maand')) return { due: endOfMonth(p.y, p.m), explanation: 'eind van deze maand' };
      if (w.endsWith('maand')) {
        const next = addMonths(toIso(p.y, p.m, 1), 1);
        const q = parseIso(next)!;
        return { due: endOfMonth(q.y, q.m), explanation: 'eind volgende maand' };
      }
      if (w === 'morgen') return { due: addDays(ctx.doc, 1), explanation: 'morgen' };
      return { due: ctx.doc, explanation: 'vandaag' };
    },
  },
  // no date: these name no end
  {
    hint: /binnenkort|spoedig|snel|z\.s\.m|termijn|zijner|t\.z\.t|afzienbare|komende|nieuwe jaar|na de |na het |later moment/,
    re: new RegExp(`${B}(?:binnenkort|zo spoedig mogelijk|zo snel mogelijk|zo spoedig als mogelijk|zo snel als (?:mogelijk|haalbaar)|z\\.s\\.m\\.?|op (?:zo )?korte termijn|op zo kort mogelijke termijn|spoedig|te zijner tijd|t\\.z\\.t\\.?|op termijn|binnen afzienbare tijd|(?:in )?de komende (?:weken|maanden|periode|tijd|jaren)|in het nieuwe jaar|(?:kort |direct |spoedig )?na (?:de|het) (?:behandeling|afronding|vaststelling|publicatie|zomer|ministerraad|eerstvolgende)[\\p{L}]*|op een later moment)${E}`, 'gu'),
    resolve: () => ({ due: null, explanation: 'geen datum genoemd' }),
  },
];

const FIRM = /(?:uiterlijk|in ieder geval|in elk geval|maar uiterlijk|ten laatste|niet later dan)[^.;]{0,120}$/u;

/** All time expressions in a lowercased sentence, resolved against the document date. */
export function findTimePhrases(lower: string, documentDate: string): TimePhrase[] {
  const p = parseIso(documentDate);
  if (!p) return [];
  const ctx: Ctx = { doc: documentDate, y: p.y };
  const found: TimePhrase[] = [];
  if (!ANY_HINT.test(lower)) return [];
  const seen = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    let ok = seen.get(rule.hint);
    if (ok === undefined) seen.set(rule.hint, (ok = rule.hint.test(lower)));
    if (!ok) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lower); m; m = rule.re.exec(lower)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const text = m[0].trim();
      if (!text) continue;
      const index = m.index + (m[0].length - m[0].trimStart().length);
      const end = index + text.length;
      if (found.some((f) => index >= f.index && end <= f.index + f.text.length)) continue;
      const r = rule.resolve(m, ctx);
      if (!r) continue;
      // a longer match replaces the shorter ones it contains
      for (let i = found.length - 1; i >= 0; i--) {
        const f = found[i];
        if (f.index >= index && f.index + f.text.length <= end) found.splice(i, 1);
      }
      const before = lower.slice(Math.max(0, index - 60), index);
      found.push({
        text,
        index,
        due: r.due,
        source: r.due ? (r.explicit ? 'explicit' : 'phrase') : null,
        firm: /^(?:uiterlijk|ten laatste)/.test(text) || FIRM.test(before),
        explanation: r.explanation,
      });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found;
}

// ends of a clause: a time phrase across one of these does not govern the verb on the other side
const CLAUSE_END = /[,;:]| (?:en|maar|want|terwijl|waarna|nadat|omdat) /g;

function clauseOf(lower: string, at: number): [number, number] {
  let start = 0;
  let end = lower.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(lower); m; m = CLAUSE_END.exec(lower)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/**
 * The phrase that sets the deadline: a firm limit first, then the first dated one, then a vague one.
 * With `lower` and the position of the promise verb, phrases in the verb's own clause come first
 * ("Op 26 september is er een bijeenkomst en ik verwacht u dit najaar te informeren": najaar).
 */
export function pickDeadline(phrases: TimePhrase[], lower?: string, verbAt?: number): TimePhrase | null {
  if (lower !== undefined && verbAt !== undefined && phrases.length > 1 && !phrases.some((p) => p.firm && p.due)) {
    const [from, to] = clauseOf(lower, verbAt);
    const own = phrases.filter((p) => p.index >= from && p.index < to);
    if (own.some((p) => p.due) || !phrases.some((p) => p.due)) return pickDeadline(own.length ? own : phrases);
  }
  return phrases.find((p) => p.firm && p.due) ?? phrases.find((p) => p.due) ?? phrases[0] ?? null;
}
