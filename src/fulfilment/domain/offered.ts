import { fold } from './words';

/** A document a letter sends or is: "Hierbij bied ik u het werkprogramma aan" → the werkprogramma. */
export interface OfferedDocument {
  /** The thing as written: "het verslag van de evaluatie van de Europees Parlementsverkiezing". */
  phrase: string;
  /** Its kind, when one of the known families names it. */
  kind: DocumentFamily | null;
}

/**
 * Kinds of papers a minister promises and sends, each under several names: a promised "plan van
 * aanpak" arrives as a "werkprogramma", a promised "reactie" as a "kabinetsreactie".
 */
export type DocumentFamily = 'plan' | 'reactie' | 'onderzoek' | 'voortgang' | 'notitie' | 'besluit';

const FAMILIES: [DocumentFamily, RegExp][] = [
  ['voortgang', /(?:voortgangs(?:brief|rapportage|verslag|overzicht)|voortgang|stand van zaken|tussenrapportage|jaarrapportage)/],
  ['plan', /(?:plan van aanpak|werkprogramma|uitwerking|actieplan|uitvoeringsplan|routekaart|aanpak|programma|agenda|wetsvoorstel|maatregelen)/],
  ['reactie', /(?:(?:beleids|kabinets)?reactie|kabinetsstandpunt|standpunt|appreciatie|zienswijze)/],
  ['onderzoek', /(?:(?:onderzoeks)?rapport(?:age)?|onderzoek|evaluatie|(?:onderzoeks)?resultaten|uitkomsten|monitor|analyse|studie|verkenning|advies|verslag|doorlichting)/],
  ['besluit', /(?:besluit|beslissing|kaderbesluit)/],
  ['notitie', /(?:notitie|nota|visie|brief)/],
];

/**
 * The family a phrase names, the first that matches ("de kabinetsreactie op het rapport" is a
 * reactie); a letter or note only when nothing more telling is named ("een brief met een reactie").
 */
export function familyOf(phrase: string): DocumentFamily | null {
  const folded = fold(phrase);
  let best: { family: DocumentFamily; at: number } | null = null;
  for (const [family, pattern] of FAMILIES) {
    if (family === 'notitie') continue;
    const m = pattern.exec(folded);
    if (m && (!best || m.index < best.at)) best = { family, at: m.index };
  }
  if (best) return best.family;
  return FAMILIES.find(([family]) => family === 'notitie')![1].test(folded) ? 'notitie' : null;
}

/** The words in a text that name a kind of paper ("notitie", "werkprogramma", "kabinetsreactie"), folded. */
export function kindWordsOf(text: string): string[] {
  const words = fold(text).match(/[a-z][a-z-]*/g) ?? [];
  return words.filter((w) => w.length >= 4 && w !== 'brief' && familyOf(w) !== null);
}

const TO = String.raw`(?:uw kamer|de kamer|u)\b`;
const WHO = String.raw`(?:ik|wij|we|het kabinet)`;
// ", mede namens de Minister van Volksgezondheid, Welzijn en Sport," up to the comma before the thing itself
const ASIDE = String.raw`(?:,\s*(?:mede )?namens [^.]{3,160}?,(?=\s+(?:de|het|een|deze|dit|mijn|onze)\b)|,[^,.]{0,160},)?`;
// Each pattern's first group is the thing sent.
const OFFERS: RegExp[] = [
  // "Hierbij bied ik u het verslag van … aan", "Hierbij zend ik u ter informatie het plan van aanpak …", "Hierbij doe ik u … toekomen"
  new RegExp(String.raw`\b(?:hierbij|hiermee|bijgaand|met deze brief)\s+(?:bied|stuur|zend|doe|bieden|sturen|zenden|doen)\s+${WHO}\s+${TO}\s*${ASIDE}\s*(?:ter informatie\s+|graag\s+)?(.{3,200}?)(?:\s+(?:aan|toe|toekomen)(?=\d|\b)|[.;]|,\s)`, 'gi'),
  // "Mede namens … stuur ik u deze reactie op het jaarverslag", "bied ik u hierbij aan"
  new RegExp(String.raw`\b(?:stuur|zend|bied)\s+${WHO}\s+${TO}\s+(?:hierbij\s+|hiermee\s+|bijgaand\s+)?(?:ter informatie\s+)?(.{3,200}?)(?:\s+(?:aan|toe)(?=\d|\b)|[.;]|,\s)`, 'gi'),
  // "Dit plan van aanpak treft u bijgaand aan", "In de bijlagen treft u de evaluatie aan"
  /\b((?:dit|deze|het|de)\s+[^.;]{3,120}?)\s+treft\s+u\s+(?:bijgaand|hierbij|als bijlage)\s+aan(?=\d|\b)/gi,
  /\b(?:treft|vindt)\s+u\s+(?:bijgaand|hierbij|in de bijlagen?|als bijlage)?\s*(.{3,160}?)\s+aan(?=\d|\b)/gi,
  // "Hierbij ontvangt u, mede namens …, een reactie op …", "Hierbij ontvangt de Kamer de zevende voortgangsbrief"
  new RegExp(String.raw`\b(?:hierbij|hiermee|bijgaand)\s+ontvangt\s+${TO}\s*${ASIDE}\s*(.{3,200}?)(?:[.;]|,\s)`, 'gi'),
  // "Deze brief bevat de kabinetsreactie op dit advies, die ik u hiermee aanbied"
  /\b((?:de|het|een)\s+[^.;,]{3,120}?),\s+die\s+(?:ik|wij)\s+u\s+hier(?:bij|mee)\s+aanbied/gi,
  // "Het derde onderzoek is recent voltooid en bied ik u hierbij aan"
  /\b((?:het|de|dit|deze)\s+[^.;,]{3,80}?)\s+is\s+[^.;]{0,60}?\s+en\s+bied\s+ik\s+u\s+hierbij\s+aan/gi,
];
// A reaction given in the letter itself: "reageert het kabinet in deze brief op het eindverslag …".
const REACTS =
  /\b(?:reageer\s+ik|reageren\s+wij|reageert\s+het\s+kabinet|geef\s+ik\s+(?:u\s+)?(?:mijn|de|onze)\s+reactie|geven\s+wij\s+(?:u\s+)?onze\s+reactie)\b[^.;]{0,120}?\bop\s+(.{3,160}?)(?:[.;]|,\s|\s\()/gi;

const OPENING_CHARS = 4000;

/** What the letter sends, from its opening (where letters say what they are). */
export function offeredDocuments(text: string): OfferedDocument[] {
  const flat = (text.length > OPENING_CHARS ? text.slice(0, OPENING_CHARS) : text).replace(/\s+/g, ' ');
  const out: OfferedDocument[] = [];
  const add = (phrase: string, kind: DocumentFamily | null) => {
    const clean = phrase.replace(/\s*\d+$/, '').trim();
    if (/^(?:aan|toe|hierbij|hiermee|bijgaand)$/i.test(clean)) return;
    if (clean.length >= 3 && !out.some((o) => o.phrase === clean)) out.push({ phrase: clean, kind });
  };
  for (const pattern of OFFERS) for (const m of flat.matchAll(pattern)) add(m[1], familyOf(m[1]));
  for (const m of flat.matchAll(REACTS)) add(`reactie op ${m[1]}`, 'reactie');
  return out;
}
