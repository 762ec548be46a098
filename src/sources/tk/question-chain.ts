import { addDays } from '../../common/clock';

/** Kamervragen are to be answered within three weeks; a postponement notice adds three more. */
export const ANSWER_TERM_DAYS = 21;
export const POSTPONEMENT_DAYS = 21;

export interface ChainLink {
  id: string;
  kind: string;
  number: string | null;
  date: string | null;
  title: string | null;
  caseNumber: string | null;
}

export interface QuestionChain {
  caseNumber: string | null;
  question: ChainLink | null;
  postponements: ChainLink[];
  answers: ChainLink[];
  others: ChainLink[];
  /** When the answer is due: question date + 3 weeks, + 3 more after a postponement. */
  answerDue: string | null;
  answeredOn: string | null;
  /** Answered after `answerDue`, or still unanswered after it (relative to `today`). */
  late: boolean;
}

export function answerDue(questionDate: string, postponed: boolean): string {
  return addDays(questionDate, ANSWER_TERM_DAYS + (postponed ? POSTPONEMENT_DAYS : 0));
}

/** question → optional postponement(s) → answer(s), from the documents that share a TK case. */
export function questionChain(links: ChainLink[], today: string): QuestionChain {
  const byDate = [...links].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const question = byDate.find((l) => l.kind === 'questions') ?? null;
  const postponements = byDate.filter((l) => l.kind === 'postponement');
  const answers = byDate.filter((l) => l.kind === 'answer');
  const others = byDate.filter((l) => !['questions', 'postponement', 'answer'].includes(l.kind));
  const due = question?.date ? answerDue(question.date, postponements.length > 0) : null;
  const answeredOn = answers[0]?.date ?? null;
  return {
    caseNumber: byDate.find((l) => l.caseNumber)?.caseNumber ?? null,
    question,
    postponements,
    answers,
    others,
    answerDue: due,
    answeredOn,
    late: due !== null && (answeredOn ?? today) > due,
  };
}
