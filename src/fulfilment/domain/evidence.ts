import { ministryKey } from '../../ministries/ministry-lineage';
import { answerNumbersOf, appendixNumberOf, askersCited } from './citations';
import type { LetterSignals } from './letter-signals';
import { familyOf, kindWordsOf } from './offered';
import { CandidateCommitment, Evidence, WEIGHTS } from './weights';
import { contentWords, coverage, isGeneric, stemsOf, wordsAmong } from './words';

// Each piece of evidence a letter gives about one open promise; scoreCandidate (./score) adds them up.

export function citationEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence[] {
  const out: Evidence[] = [];
  const cited = letter.citations;
  const source = c.source;
  if (source.number && cited.documentNumbers.includes(source.number.toUpperCase())) {
    out.push({ kind: 'citation', phrase: source.number, weight: WEIGHTS.documentNumber });
  }
  const appendix = appendixNumberOf(source.appendixNumber);
  const hit = appendix && cited.appendix.find((a) => a.number === appendix && (!a.session || !source.sessionYear || a.session === source.sessionYear));
  if (hit) out.push({ kind: 'citation', phrase: hit.phrase, weight: WEIGHTS.appendix });
  if (source.caseNumber && cited.caseNumbers.includes(source.caseNumber.toUpperCase())) {
    out.push({ kind: 'citation', phrase: source.caseNumber, weight: WEIGHTS.caseNumber });
  }
  const kamerstuk = source.kamerstukDossier && cited.kamerstukken.find((k) => k.dossier === source.kamerstukDossier && k.number === source.kamerstukNumber);
  if (kamerstuk) out.push({ kind: 'citation', phrase: kamerstuk.phrase, weight: WEIGHTS.kamerstuk });
  const dated = source.date && cited.datedLetters.find((d) => d.date === source.date);
  if (dated && (sameMinistry(letter, c) || (source.kamerstukDossier && letter.dossiers.includes(source.kamerstukDossier)))) {
    out.push({ kind: 'citation', phrase: dated.phrase, weight: WEIGHTS.datedLetter });
  }
  if (c.registerNumber && cited.registerNumbers.includes(c.registerNumber.toUpperCase())) {
    out.push({ kind: 'citation', phrase: c.registerNumber, weight: WEIGHTS.registerNumber });
  }
  if (source.askers.length > 0) {
    for (const q of cited.questions) {
      const askers = askersCited(source.askers, q.askers);
      if (askers.length < Math.min(2, source.askers.length)) continue;
      const subjectMatches = q.subject && source.title ? coverage(source.title, q.subject) >= 0.5 : false;
      out.push({
        kind: 'citation',
        phrase: q.phrase,
        weight: subjectMatches ? WEIGHTS.questionsWithSubject : WEIGHTS.askersOnly,
      });
      break;
    }
  }
  return out;
}

export function answerEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence | null {
  const mine = answerNumbersOf(c.answerLabel);
  const named = letter.citations.answerNumbers;
  if (mine.length === 0 || named.length === 0) return null;
  const shared = mine.filter((n) => named.includes(n));
  if (shared.length > 0) return { kind: 'answer', phrase: `vraag/antwoord ${shared.join(', ')}`, weight: WEIGHTS.answerNumber };
  return { kind: 'other_answer', phrase: `noemt vraag ${named.join(', ')}, niet ${mine.join(', ')}`, weight: WEIGHTS.otherAnswer };
}

export function vehicleEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence | null {
  if (!c.vehicle) return null;
  const words = [...new Set(contentWords(c.vehicle))];
  if (words.length === 0) return null;
  const found = wordsAmong(words, letter.headStems);
  const distinctive = words.filter((w) => !isGeneric(w));
  const distinctiveFound = found.filter((w) => !isGeneric(w));
  if (distinctive.length === 0) {
    return found.length === words.length ? { kind: 'vehicle', phrase: found.join(' '), weight: WEIGHTS.genericVehicle } : null;
  }
  if (distinctiveFound.length === 0 || found.length / words.length < 0.6) return null;
  return { kind: 'vehicle', phrase: found.join(' '), weight: WEIGHTS.vehicle };
}

function sameMinistry(letter: LetterSignals, c: CandidateCommitment): boolean {
  return !!c.ministry && letter.ministryFamily.includes(ministryKey(c.ministry));
}

const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;

/**
 * The letter sends a paper of the kind the promise names (a "werkprogramma" for a "plan van
 * aanpak", a "kabinetsreactie" for a "reactie"), better still on the same subject; a paper about
 * another year ("Jaarverslag 2024" for a promise on 2019) keeps nothing.
 */
export function sendsEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence[] {
  const context = promiseContext(c);
  const family = (c.vehicle && familyOf(c.vehicle)) || familyOf(c.quote) || familyOf(context);
  const promiseYears = new Set(`${c.quote} ${c.vehicle ?? ''} ${c.source.title ?? ''}`.match(YEAR) ?? []);
  const out: Evidence[] = [];
  for (const offered of letter.offered) {
    const years = offered.phrase.match(YEAR) ?? [];
    if (years.length > 0 && promiseYears.size > 0 && !years.some((y) => promiseYears.has(y))) {
      return [{ kind: 'other_year', phrase: `stuurt «${offered.phrase}», de toezegging gaat over ${[...promiseYears].join(', ')}`, weight: WEIGHTS.otherYear }];
    }
    if (!family || offered.kind !== family) continue;
    // On the promise's own subject singles it out; on the subject of its document only adds weight.
    const onPromise = coverage(offered.phrase, `${c.quote} ${c.vehicle ?? ''}`) >= 0.5;
    const onDocument = !!c.source.head && coverage(offered.phrase, c.source.head) >= 0.6;
    const weight = WEIGHTS.sendsKind + (onPromise ? WEIGHTS.sendsTopic : onDocument ? WEIGHTS.sendsTopic / 2 : 0);
    out.push({ kind: 'sends', phrase: `stuurt «${offered.phrase}»`, weight });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, 1);
}

const CONTEXT_CHARS = 300;

/** The promise with what leads up to it in its document: "De voorbereiding van de reactie … Wij zijn voornemens u in het najaar nader te berichten." */
function promiseContext(c: CandidateCommitment): string {
  const head = c.source.head;
  const at = head ? head.indexOf(c.quote.slice(0, 60)) : -1;
  if (!head || at < 0) return c.quote;
  return head.slice(Math.max(0, at - CONTEXT_CHARS), at + c.quote.length);
}

const PASSAGE_CHARS = 250;
const PASSAGE_COVERAGE = 0.3;

/**
 * Where the letter cites the source it says what was promised: "Bij brief van 27 november 2019
 * (Kamerstuk 35 300 VII, nr. 85) … dat uw Kamer daartoe een notitie zal ontvangen over de
 * verschillende varianten". The promise whose vehicle or words stand there is the one meant.
 */
export function citedPromiseEvidence(letter: LetterSignals, c: CandidateCommitment, citations: Evidence[]): Evidence | null {
  const flat = letter.text.replace(/\s+/g, ' ');
  for (const citation of citations) {
    const at = flat.indexOf(citation.phrase);
    if (at < 0) continue;
    const passage = flat.slice(Math.max(0, at - PASSAGE_CHARS), at + citation.phrase.length + PASSAGE_CHARS);
    const vehicleWords = c.vehicle ? contentWords(c.vehicle) : [];
    const passageStems = stemsOf(passage);
    const vehicleNamed = vehicleWords.length > 0 && wordsAmong(vehicleWords, passageStems).length === vehicleWords.length;
    // The kind of paper the promise names ("de notitie"), named again where the letter cites it ("een notitie zal ontvangen").
    const kindNamed = kindWordsOf(c.quote).find((w) => passageStems.has(w.slice(0, 6)));
    if (vehicleNamed || kindNamed || coverage(c.quote, passage) >= PASSAGE_COVERAGE) {
      const what = vehicleNamed ? c.vehicle : kindNamed;
      return { kind: 'cited_promise', phrase: what ? `noemt «${what}» bij de verwijzing` : 'noemt de toezegging bij de verwijzing', weight: WEIGHTS.citedPromise };
    }
  }
  return null;
}

/** The letter belongs to or cites the dossier of the promise's document: a weak signal, never proof. */
export function dossierEvidence(letter: LetterSignals, c: CandidateCommitment, citations: Evidence[]): Evidence | null {
  const dossier = c.source.kamerstukDossier;
  if (!dossier || citations.length > 0 || !letter.dossiers.includes(dossier)) return null;
  return { kind: 'dossier', phrase: `dossier ${dossier}`, weight: WEIGHTS.sameDossier };
}

export function ministryEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence | null {
  if (!letter.ministry || !c.ministry) return null;
  if (letter.ministryFamily.includes(ministryKey(c.ministry))) return { kind: 'ministry', phrase: letter.ministry, weight: WEIGHTS.sameMinistry };
  return { kind: 'ministry', phrase: `ander ministerie (${letter.ministry})`, weight: WEIGHTS.otherMinistry };
}
