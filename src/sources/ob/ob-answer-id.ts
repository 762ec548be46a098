/**
 * The officielebekendmakingen id of an answer published in the Aanhangsel van de Handelingen,
 * `ah-tk-20192020-3349`, from the TK Document's Vergaderjaar and Aanhangselnummer; null when
 * either is missing or unreadable. The TK writes the Aanhangselnummer as nine digits, the session
 * years before the five-digit number (`181902411`: 2018-2019, nr. 2411); a short number is taken
 * as it is.
 */
export function obAnswerId(sessionYear: string | null, appendixNumber: string | null): string | null {
  const years = sessionYear ? /^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$/.exec(sessionYear) : null;
  const digits = appendixNumber?.trim() ?? '';
  if (!years || !/^\d+$/.test(digits)) return null;
  const number = digits.length === 9 ? digits.slice(4) : digits.length <= 5 ? digits : null;
  if (number === null || /^0+$/.test(number)) return null;
  return `ah-tk-${years[1]}${years[2]}-${number.replace(/^0+/, '')}`;
}

/** Which publication to ask for an answer, and, when not the one the feed names, why not. */
export interface ObPublicationChoice {
  id: string | null;
  /** True when the id is the ExterneIdentifier of a DocumentVersie in the feed. */
  fromFeed: boolean;
  /** Why the feed's id was not used (counted in the sync summary); null when it was. */
  fallback: string | null;
}

/**
 * The feed's own id (`DocumentVersie.ExterneIdentifier`) when it names an Aanhangsel publication
 * (`ah-tk-…`, or the newer `ah-…`); otherwise the id derived from Vergaderjaar and Aanhangselnummer.
 */
export function answerPublication(
  record: { sessionYear: string | null; appendixNumber: string | null },
  externalIdentifier: string | null | undefined,
): ObPublicationChoice {
  const external = externalIdentifier?.trim() ?? '';
  if (/^ah-[\w-]+$/i.test(external)) return { id: external, fromFeed: true, fallback: null };
  const derived = obAnswerId(record.sessionYear, record.appendixNumber);
  const why = external ? 'ExterneIdentifier is not an Aanhangsel publication' : 'no ExterneIdentifier in the feed';
  return { id: derived, fromFeed: false, fallback: derived ? `${why}: derived from the Aanhangsel number` : `${why}, nor an Aanhangsel number` };
}
