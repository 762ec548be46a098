// The named letter, report or moment through which the Kamer will hear.

const NOUN = /^(?:[\p{L}/-]*(?:brief|brieven|rapportage|rapportages|rapport|nota|verslag|reactie|monitor|begroting|notitie|overzicht|voortgangsbericht|halfjaarbericht|wetsvoorstel|regeerprogramma|roadmap|jaarverslag|jaarplan|actieplan|plan van aanpak|beantwoording|antwoorden|evaluatie|kabinetsstandpunt|kabinetsappreciatie|appreciatie|informatie)|stand)$/iu;
const DETERMINER = /^(?:de|het|een|mijn|onze|deze|dit|die|zijn|haar)$/i;
const ANCHOR = /^(?:in|via|bij|middels)$/i;
const STOP = new Set([
  'aan', 'naar', 'die', 'dat', 'wat', 'welke', 'waarin', 'waarmee', 'waarover', 'zal', 'zullen', 'zult', 'wordt', 'worden', 'werd',
  'is', 'te', 'om', 'nader', 'ook', 'ik', 'u', 'uw', 'hierover', 'daarover', 'hier', 'daar', 'er', 'voor', 'vóór', 'eind', 'begin',
  'medio', 'uiterlijk', 'binnenkort', 'zo', 'in', 'bij', 'kan', 'kunnen', 'wil', 'tevens', 'nog', 'al', 'reeds', 'vervolgens',
  'wanneer', 'als', 'zodra', 'na', 'rond', 'dit', 'deze', 'volgt', 'informeren', 'informeer', 'geïnformeerd', 'sturen', 'stuur',
  'gestuurd', 'verstuurd', 'toegezonden', 'toesturen', 'aangeboden', 'aanbieden', 'voorgelegd', 'ontvangen', 'ontvangt', 'doen',
  'toekomen', 'komen', 'verschijnt', 'gaat', 'gaan', 'ga', 'mee', 'meenemen', 'betrekken', 'waarbij', 'zodat', 'omdat', 'dan',
  'wij', 'we', 'hierop', 'daarop', 'meer', 'kost', 'kosten', 'zijn', 'heeft', 'hebben', 'moet', 'blijkt', 'vergt', 'komt',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'uiteraard', 'graag', 'apart', 'relevant',
]);
const ADJECTIVE = /^(?:[\p{L}-]+(?:e|de|te)|eerstvolgende|volgende|nieuwe|aparte|separate|halfjaarlijkse|jaarlijkse|toegezegde|gevraagde|aanvullende)$/u;

interface Tok {
  w: string;
  start: number;
  end: number;
}
const TOKEN = /[\p{L}\d][\p{L}\d'’/–-]*|[,.;:()«»?!]/gu;

function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isPunct = (w: string) => /^[,.;:()«»?!]$/.test(w);

function extend(s: string, toks: Tok[], first: number, noun: number): string {
  let last = noun;
  for (let j = noun + 1; j < toks.length && j <= noun + 12; j++) {
    const w = toks[j].w;
    if (isPunct(w) || STOP.has(w.toLowerCase())) break;
    if (/^(?:op|per|tot)$/i.test(w) && /^\d/.test(toks[j + 1]?.w ?? '')) break; // "op 13 september" 
    last = j;
  }
  // do not end on a function word
  while (last > noun && /^(?:van|op|over|met|en|de|het|een|inzake|daarin|tegen)$/i.test(toks[last].w)) last--;
  return s.slice(toks[first].start, toks[last].end);
}

/** The vehicle named in a (cleaned, original-case) sentence, or null. */
export function findVehicle(sentence: string): string | null {
  const toks = tokens(sentence);
  let fallback: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!NOUN.test(toks[i].w) || toks[i].w.toLowerCase() === 'stand' && toks[i + 1]?.w !== 'van') continue;
    if (/^informatie$/i.test(toks[i].w) && !/aanvullende|gevraagde/i.test(toks[i - 1]?.w ?? '')) continue;
    // walk back over adjectives to the determiner or anchor
    let first = i;
    while (first > 0 && i - first < 3 && ADJECTIVE.test(toks[first - 1].w) && !DETERMINER.test(toks[first - 1].w)) first--;
    const det = first > 0 && DETERMINER.test(toks[first - 1].w) ? first - 1 : first;
    const anchor = det > 0 ? toks[det - 1].w.toLowerCase() : '';
    // "de brief van 13 september" is a past letter, not a vehicle
    if (/^(?:van|d\.d)$/.test((toks[i + 1]?.w ?? '').toLowerCase()) && /^\d/.test(toks[i + 2]?.w ?? '')) continue;
    if (/^(?:mijn|deze|dit)$/i.test(toks[det]?.w ?? '') && /brief/.test(toks[i].w.toLowerCase()) && !ANCHOR.test(anchor)) continue;
    const text = extend(sentence, toks, first, i);
    if (ANCHOR.test(anchor) || anchor === 'van' && toks[det - 2]?.w.toLowerCase() === 'middel') return text;
    fallback ??= text;
  }
  return fallback;
}
