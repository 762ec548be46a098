import type { ExtractedCommitment } from '../types';

/** A commitment with where it stands: its region (answer or letter) and sentence number there. */
export interface Placed {
  commitment: ExtractedCommitment;
  region: number;
  sentence: number;
  /** the cleaned, lowercased sentence */
  lower: string;
}

// A sentence that leans on the one before it: "Daarbij zal ik ingaan op …", "Hierin worden …",
// "Uw Kamer ontvangt deze brief na de zomer", "Hetzelfde geldt voor …".
const LEANS_BACK =
  /^(?:(?:ook |tevens |verder )?(?:daarbij|daarin|hierbij|hierin|daarnaast zal daarin|hetzelfde geldt)(?![\p{L}])|(?:ook |tevens )?(?:zal|wordt|worden) (?:daarin|hierin|daarbij|hierbij)(?![\p{L}])|(?:uw kamer|u|de kamer) (?:ontvangt|krijgt) (?:deze|die|dit|dat|het|de genoemde|de toegezegde) |(?:deze|die|dit|dat) (?:brief|rapportage|rapport|reactie|notitie|overzicht|evaluatie|onderzoek|plan) (?:wordt|zal|ontvangt|verschijnt|volgt|stuur))/u;
// how far after the promise a restatement may stand, in sentences
const NEAR = 2;

function restates(first: Placed, later: Placed): boolean {
  return later.region === first.region && later.sentence > first.sentence && later.sentence - first.sentence <= NEAR && LEANS_BACK.test(later.lower);
}

function absorb(into: ExtractedCommitment, other: ExtractedCommitment): void {
  into.also.push(other.quote, ...other.also);
  if (!into.deadlinePhrase && other.deadlinePhrase) {
    into.deadlinePhrase = other.deadlinePhrase;
    into.due = other.due;
    into.dueSource = other.dueSource;
  }
  into.vehicle ??= other.vehicle;
  into.recurring ||= other.recurring;
  if (other.confidence > into.confidence) {
    into.confidence = other.confidence;
    into.published ||= other.published;
  }
}

/**
 * One commitment per promise: a sentence that leans on a promise just before it ("Daarbij zal ik …",
 * "U ontvangt deze brief na de zomer") becomes one of its `also` sentences instead of a commitment
 * of its own. The same document named in two promises is not enough: one letter may carry several.
 */
export function mergeRestatements(placed: Placed[]): ExtractedCommitment[] {
  const kept: Placed[] = [];
  for (const p of placed) {
    const target = [...kept].reverse().find((k) => restates(k, p));
    if (target) absorb(target.commitment, p.commitment);
    else kept.push(p);
  }
  return kept.map((k) => k.commitment);
}
