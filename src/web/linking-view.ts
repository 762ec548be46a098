import type { SuggestionResponse } from '../fulfilment/dto/suggestion.response';
import { dutchDate, ownerOf } from './view-format';
import { truncate } from '../common/truncate';

export const REASON_LABELS: Record<string, string> = {
  citation: 'Noemt de bron',
  answer: 'Noemt het antwoord',
  other_answer: 'Noemt een ander antwoord',
  self_label: 'Noemt zichzelf nakoming',
  vehicle: 'Beloofd stuk',
  ministry: 'Ministerie',
  topic: 'Zelfde onderwerp',
};

export const CANDIDATE_STATUS_LABELS: Record<string, string> = {
  suggested: 'Suggestie, nog niet beoordeeld',
  auto_linked: 'Automatisch gekoppeld',
  accepted: 'Geaccepteerd door de redactie',
  rejected: 'Afgewezen door de redactie',
  undone: 'Automatische koppeling ongedaan gemaakt',
};

/** "automatisch", "redactie (Anna)", "import": who did something, in words a reader understands. */
export function actorLabel(actor: string): string {
  if (actor === 'auto') return 'automatisch';
  if (actor.startsWith('editor:')) return `redactie (${actor.slice('editor:'.length)})`;
  return actor;
}

export function percent(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100);
}

/** Evidence of a candidate, strongest first, with Dutch labels; the phrases are letter text, escaped by the template. */
export function reasonsView(reasons: { kind: string; phrase: string; weight: number }[]) {
  return [...reasons]
    .sort((a, b) => b.weight - a.weight)
    .map((r) => ({ label: REASON_LABELS[r.kind] ?? r.kind, phrase: truncate(r.phrase, 300), weight: percent(r.weight), negative: r.weight < 0 }));
}

/** One fulfilment candidate as editors see it on the commitment page and in the suggestions queue. */
export function candidateView(s: SuggestionResponse) {
  return {
    id: s.id,
    status: s.status,
    statusLabel: CANDIDATE_STATUS_LABELS[s.status] ?? s.status,
    open: s.status === 'suggested',
    score: percent(s.score),
    explicitCitation: s.explicitCitation,
    partial: s.partial,
    reasons: reasonsView(s.reasons),
    decidedBy: s.decidedBy ? actorLabel(s.decidedBy) : null,
    letter: {
      id: s.letter.id,
      title: s.letter.title ?? s.letter.number ?? 'brief',
      number: s.letter.number,
      dateLabel: dutchDate(s.letter.date),
    },
    commitment: {
      id: s.commitment.id,
      quote: truncate(s.commitment.quote, 400),
      owner: ownerOf({ ownerRole: s.commitment.ownerRole }),
      ministry: s.commitment.ministry,
      currentOwner: s.commitment.currentOwnerRole,
      vehicle: s.commitment.vehicle,
    },
  };
}
