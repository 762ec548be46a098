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
