import { MONTH_NAMES } from './dates';
import { findTimePhrases, type TimePhrase } from './phrases';

// "de voortgangsbrief forensische zorg van juni 2023": a document named after the month it comes out
const MONTH_OF_NAME = new RegExp(`(?<![\\p{L}\\d])van ((?:${MONTH_NAMES}) \\d{4})$`, 'u');

/**
 * The deadline a promised document carries in its own name, when the sentence (`lower`) names no
 * time: the end of that month. Only with a year and only ahead of the document date: "mijn brief
 * van mei" is far more often a letter already sent than one to come.
 */
export function deadlineInName(vehicle: string | null, lower: string, doc: string): TimePhrase | null {
  const named = vehicle ? MONTH_OF_NAME.exec(vehicle.toLowerCase()) : null;
  const index = named ? lower.lastIndexOf(named[1]) : -1;
  if (!named || index < 0) return null;
  const [phrase] = findTimePhrases(`in ${named[1]}`, doc);
  if (!phrase?.due || phrase.due < doc) return null;
  return { ...phrase, text: named[1], index };
}
