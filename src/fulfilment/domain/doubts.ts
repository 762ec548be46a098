// "Het staat momenteel nog niet vast of aan deze verwachting voldaan kan worden", "nog niet met zekerheid is aan te geven".
const DOUBT =
  /[^.]*\b(?:(?:staat|is) (?:momenteel |op dit moment |nu )?(?:nog )?niet (?:vast|zeker)|niet met zekerheid|(?:kan|kunnen) (?:ik |wij )?(?:nog )?geen (?:datum|termijn|moment) (?:noemen|geven|aangeven)|onzeker (?:is|blijft) of)\b[^.]*\./gi;

/** Sentences that cast doubt on a date without naming a new one: a note for the promise, not a move. */
export function doubtsIn(text: string): string[] {
  return [...text.replace(/\s+/g, ' ').matchAll(DOUBT)].map((m) => m[0].trim());
}

