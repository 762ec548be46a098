import type { DeadlineChange, DocumentAnalysis, ExtractedCommitment, Office, Span } from './types';
import { findNoise } from './structure/noise';
import { parseHeader } from './structure/header';
import { buildBlocks, findHeadings } from './structure/blocks';
import { makeOffice } from './structure/offices';
import { splitSentences } from './sentences/split';
import { cleanText } from './text/clean';
import { detectCommitment, type Detection } from './detection/detect';
import { detectDeadlineChange } from './detection/deadline-change';
import { findVehicle, reportByVerb, standalonePronoun, vehicleBefore } from './detection/vehicle';
import { yesToReadiness } from './detection/bereid';
import { RECURRING } from './detection/lexicon';
import { findTimePhrases, pickDeadline, type TimePhrase } from './deadlines/phrases';
import { parseIso } from './deadlines/dates';

export interface AnalyseOptions {
  /** the document's date, YYYY-MM-DD; falls back to the date in the header, then today */
  received?: string;
  /** commitments below this confidence are left out (default 0.5) */
  minConfidence?: number;
}

interface Region extends Span {
  label: string | null;
  question: Span | null;
}

// Sentences without any of these words cannot hold a commitment or a deadline change.
const TRIGGER =
  /\b(?:zal|zullen|zult|ga|gaat|gaan|wordt|worden|verwacht|verwachten|streef|streeft|streven|kom|komt|komen|zeg|informeer|stuur|zend|bied|rapporteer|bericht|ontvangt|volgt|krijgt|laat|laten|voornemens|plan|zet|wil|neem|meegenomen|betrokken|niet|tijd|later|uitstel|[Jj]a|[Jj]azeker|[Zz]eker|bereid)\b/;
// how far back a bare "het wetsvoorstel" looks for the mention that names it
const CONTEXT_CHARS = 3000;

function regionsOf(text: string, noise: Span[], bodyStart: number) {
  const headings = findHeadings(text, noise);
  const blocks = buildBlocks(text, headings, text.length);
  const regions: Region[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (h.kind !== 'notice') continue;
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) if (headings[j].kind === 'question') { end = headings[j].start; break; }
    regions.push({ start: h.textStart, end, label: null, question: null });
  }
  for (const b of blocks) if (b.answer) regions.push({ ...b.answer, label: b.label, question: b.question });
  if (regions.length === 0 && !blocks.some((b) => b.question)) regions.push({ start: bodyStart, end: text.length, label: null, question: null });
  regions.sort((a, b) => a.start - b.start);
  return { blocks, regions };
}

function ownerFor(actor: Detection['actor'], clean: string, lower: string, office: Office | null): Office | null {
  if (actor === 'self') return office;
  if (actor === 'cabinet') return { role: 'kabinet', ministry: null, name: null };
  const at = lower.indexOf(actor.mention);
  const original = at >= 0 ? clean.slice(at, at + actor.mention.length) : actor.mention;
  const m = /^(minister-president|minister|staatssecretaris)(?: (van|voor) (.+))?$/i.exec(original);
  if (!m) return office;
  const other = makeOffice(m[1], m[3] ?? null, null, m[2]);
  if (office && other.role.toLowerCase() === office.role.toLowerCase()) return office;
  return other;
}

function forward(p: TimePhrase, doc: string): boolean {
  if (p.due && p.due < doc) return false;
  return !/^(?:op|van) /.test(p.text) || p.due !== null;
}

export function analyse(text: string, options: AnalyseOptions = {}): DocumentAnalysis {
  const input = typeof text === 'string' ? text : '';
  const noise = findNoise(input);
  const { header, bodyStart } = parseHeader(input, options.received && parseIso(options.received) ? options.received : undefined);
  const doc = header.received ?? header.date ?? new Date().toISOString().slice(0, 10);
  const minConfidence = options.minConfidence ?? 0.5;
  const { blocks, regions } = regionsOf(input, noise, bodyStart);

  const commitments: ExtractedCommitment[] = [];
  const deadlineChanges: DeadlineChange[] = [];
  for (const region of regions) {
    const sentences = splitSentences(input, region.start, region.end, noise);
    let questionLower: string[] | null = null;
    // an answer is read with its own question; a letter with everything before it
    const contextStart = region.question ? region.question.start : region.label === null ? 0 : region.start;
    // cleaned sentences of this region, kept for the vehicle context (a commitment is rare: only then is any of it built)
    const cleaned: string[] = [];
    const cleanAt = (i: number) => (cleaned[i] ??= cleanText(input, sentences[i].start, sentences[i].end, noise));
    let lead: string | undefined;
    const before = (upTo: number) => {
      const parts: string[] = [];
      let n = 0;
      for (let i = upTo - 1; i >= 0 && n < CONTEXT_CHARS; i--) {
        const c = cleanAt(i);
        parts.push(c);
        n += c.length + 1;
      }
      if (n < CONTEXT_CHARS) {
        lead ??= region.start > contextStart ? cleanText(input, Math.max(contextStart, region.start - CONTEXT_CHARS), region.start, noise) : '';
        if (lead) parts.push(lead);
      }
      return parts.reverse().join(' ');
    };
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      // cheap test on the raw text first: most sentences hold no trigger word at all
      if (!TRIGGER.test(input.slice(s.start, s.end))) continue;
      const clean = cleanAt(si);
      const lower = clean.toLowerCase();
      const prev = si > 0 ? sentences[si - 1] : null;
      let phrasesMemo: TimePhrase[] | undefined;
      const phrases = () => (phrasesMemo ??= findTimePhrases(lower, doc));
      const change = detectDeadlineChange(lower);
      if (change) {
        const next = pickDeadline(phrases());
        deadlineChanges.push({
          quote: input.slice(s.start, s.end), start: s.start, end: s.end,
          newDeadlinePhrase: next ? clean.slice(next.index, next.index + next.text.length) : null,
          newDue: next?.due ?? null,
          ...(change.reason ? { reason: change.reason } : {}),
        });
        continue;
      }
      let det = detectCommitment(lower, {
        hasTimePhrase: () => phrases().length > 0,
        hasForwardTime: () => phrases().some((p) => forward(p, doc)),
      });
      if (!det && si === 0 && region.question) {
        questionLower ??= splitSentences(input, region.question.start, region.question.end, noise).map((q) =>
          cleanText(input, q.start, q.end, noise).toLowerCase(),
        );
        const yes = yesToReadiness(lower, questionLower);
        if (yes) det = { kind: yes.kind, confidence: yes.confidence, rule: 'yes-to-readiness', actor: 'self' };
      }
      if (det && det.confidence >= minConfidence) {
        const deadline = pickDeadline(phrases());
        let vehicle = findVehicle(clean, { before: () => before(si), timeStarts: phrases().map((p) => p.index) });
        if (!vehicle) vehicle = reportByVerb(clean, { timeStarts: phrases().map((p) => p.index) });
        if (!vehicle && prev && standalonePronoun(lower)) {
          // "Die wordt voor de zomer gestuurd": the document of the sentence before, or the fullest one named shortly before
          const named = findVehicle(cleanAt(si - 1), { before: () => before(si - 1) });
          vehicle = named && / /.test(named) ? named : vehicleBefore(before(si)) ?? named;
        }
        commitments.push({
          quote: input.slice(s.start, s.end),
          start: s.start,
          end: s.end,
          kind: det.kind,
          owner: ownerFor(det.actor, clean, lower, header.office),
          vehicle,
          deadlinePhrase: deadline ? clean.slice(deadline.index, deadline.index + deadline.text.length) : null,
          due: deadline?.due ?? null,
          dueSource: deadline?.due ? deadline.source : null,
          recurring: RECURRING.test(lower),
          confidence: det.confidence,
          answer: region.label,
        });
      }
    }
  }
  return { header, blocks, commitments, deadlineChanges };
}
