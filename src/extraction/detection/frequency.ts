const NUMBER = '(?:een|één|twee|drie|vier|zes|twaalf|\\d{1,2})';
const EVERY = '(?:elk|elke|ieder|iedere|per)';

/** How often a recurring report comes, as the adjective of its name; most specific first. */
const CADENCES: [RegExp, string][] = [
  [new RegExp(`halfjaarlijks|(?:twee ?(?:keer|maal|x)|tweemaal|2 ?(?:keer|maal|x)) per jaar|${EVERY} half jaar`), 'halfjaarlijkse '],
  [new RegExp(`driemaandelijks|${EVERY} kwartaal|(?:vier ?(?:keer|maal|x)|viermaal|4 ?(?:keer|maal|x)) per jaar`), 'driemaandelijkse '],
  [new RegExp(`(?<!drie)maandelijks|${EVERY} maand`), 'maandelijkse '],
  [new RegExp(`(?<!half)jaarlijks|(?<!half )(?:elk|ieder) jaar|(?:een ?(?:keer|maal)|één ?(?:keer|maal)|eenmaal|1 ?(?:keer|maal|x)) per jaar`), 'jaarlijkse '],
];

/** "twee keer per jaar" → "halfjaarlijkse ", "elk kwartaal" → "driemaandelijkse "; '' when no cadence is named. */
export function cadenceOf(sentence: string): string {
  const lower = sentence.toLowerCase();
  for (const [pattern, adjective] of CADENCES) {
    const match = pattern.exec(lower);
    if (match && isWordAt(lower, match.index, match[0].length)) return adjective;
  }
  return '';
}

function isWordAt(text: string, start: number, length: number): boolean {
  return !/\p{L}/u.test(text[start - 1] ?? '') && !/\p{L}/u.test(text[start + length] ?? '');
}

const ADVERB = /^(?:(?:half)?jaarlijks|(?:drie)?maandelijks|wekelijks)$/;
const PERIOD = /^(?:jaar|half|kwartaal|maand|week)$/;
const COUNT = new RegExp(`^${NUMBER}$`);
const EVERY_WORD = new RegExp(`^${EVERY}$`);

/** Whether a frequency ("drie keer per jaar", "elk kwartaal", "jaarlijks") starts at token j: it ends a document's name. */
export function startsFrequency(toks: { lw: string }[], j: number): boolean {
  const lw = toks[j].lw;
  const next = toks[j + 1]?.lw ?? '';
  if (COUNT.test(lw) && /^(?:keer|maal|x)$/.test(next)) return true;
  if (/^(?:eenmaal|tweemaal|driemaal|viermaal)$/.test(lw)) return true;
  if (EVERY_WORD.test(lw) && PERIOD.test(next)) return true;
  return ADVERB.test(lw);
}
