import { departmentOf } from '../../ministries/departments';
import { ministryWithPredecessors } from '../../ministries/ministry-lineage';
import { Citations, findCitations } from './citations';
import { doubtsIn } from './doubts';
import { offeredDocuments, OfferedDocument } from './offered';
import { stemsOf } from './words';

/** What a letter says about itself, read once and used for every open commitment. */
export interface LetterSignals {
  citations: Citations;
  /** "zoals toegezegd", "Hiermee doe ik mijn toezegging gestand", … as written. */
  selfLabels: string[];
  /** "deels", "in een volgende brief": the letter keeps the promise only partly. */
  partial: string[];
  /** Title and opening, where a letter names what it is ("voortgangsbrief …"). */
  head: string;
  /** The head's word stems, to test each candidate's vehicle against without reading the head again. */
  headStems: Set<string>;
  text: string;
  /** The text with every whitespace run as one space, where citation phrases are found again. */
  flatText: string;
  date: string | null;
  ministry: string | null;
  /** The letter's ministry with its predecessors (ministryKey form); empty without a ministry. */
  ministryFamily: string[];
  /** Kamerstuk dossiers the letter belongs to or cites ("35300-VII"): a weak signal toward their promises. */
  dossiers: string[];
  /** What the letter sends: "Hierbij bied ik u het werkprogramma aan" → "het werkprogramma". */
  offered: OfferedDocument[];
  /** The letter doubts a date without naming a new one: it keeps nothing by itself. */
  doubts: string[];
}

// Longest phrasing first: the first match is what editors see as the reason.
const SELF_LABELS: RegExp[] = [
  /in antwoord op .{3,160}? heb ik (?:uw kamer )?toegezegd/gi,
  /zoals (?:eerder |door mij |ik (?:heb|had) |door mijn ambtsvoorganger )?(?:is )?toegezegd/gi,
  /(?:ik|het kabinet) (?:heb|had|heeft) uw kamer (?:eerder |destijds )?toegezegd/gi,
  /(?:heb|had) ik (?:uw kamer )?(?:eerder |destijds )?toegezegd/gi,
  /hiermee (?:doe ik|kom ik|geef ik) (?:mijn|de|invulling aan (?:mijn|de)) toezegging(?: gestand| na)?/gi,
  /(?:mijn|de) toezegging (?:gestand|na te komen|nakomen|in te vullen)/gi,
  /(?:conform|ter uitvoering van|in vervolg op) (?:mijn|de) toezegging/gi,
  /met deze brief (?:geef|kom|doe) ik .{0,80}?toezegging/gi,
  /(?:^|\n)\s*toezegging(?:en)?\s*(?:\n|:)/gi,
  // openkamer 35300-VII-128: "… dat uw Kamer daartoe een notitie zal ontvangen … Deze brief strekt daartoe."
  /deze brief strekt (?:daartoe|daarvoor|hiertoe)/gi,
  /met deze brief (?:voldoe|kom) ik (?:versneld |graag )?(?:aan|na)\b/gi,
  /(?:geef|geven) (?:ik|wij) (?:hiermee|met deze brief) (?:uitvoering|invulling|gevolg) aan/gi,
];

const PARTIAL: RegExp[] = [
  /(?<![a-z])deels(?![a-z])/gi,
  /gedeeltelijk/gi,
  /in een (?:volgende|latere|nadere) brief/gi,
  /(?:kom|zal) ik (?:hier |daar )?(?:later|nader|na [a-z ]{3,20}|in [a-z ]{3,30}) (?:op )?terug/gi,
  /(?:nog )?niet (?:op alle|alle|volledig)/gi,
];

const HEAD_CHARS = 1500;

export function readLetter(input: {
  text: string;
  title: string | null;
  date: string | null;
  ministry: string | null;
  kamerstukDossier?: string | null;
}): LetterSignals {
  const text = input.text;
  const citations = findCitations(text, input.date);
  const head = `${input.title ?? ''}\n${text.slice(0, HEAD_CHARS)}`;
  const matches = (patterns: RegExp[]) => patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0].trim().replace(/\s+/g, ' ')));
  return {
    citations,
    selfLabels: matches(SELF_LABELS),
    partial: matches(PARTIAL),
    head,
    headStems: stemsOf(head),
    text,
    flatText: text.replace(/\s+/g, ' '),
    date: input.date,
    ministry: input.ministry,
    ministryFamily: input.ministry ? ministryFamilyOf(input.ministry) : [],
    dossiers: [...new Set([...(input.kamerstukDossier ? [input.kamerstukDossier] : []), ...citations.kamerstukken.map((k) => k.dossier)])],
    offered: offeredDocuments(text),
    doubts: doubtsIn(text),
  };
}

/**
 * The ministries a letter speaks for: its office (a minister without portfolio, "Primair en
 * Voortgezet Onderwijs"), that office's department (promises are filed under the department), and
 * the predecessors of both.
 */
function ministryFamilyOf(ministry: string): string[] {
  return [...new Set([...ministryWithPredecessors(ministry), ...ministryWithPredecessors(departmentOf(ministry))])];
}
