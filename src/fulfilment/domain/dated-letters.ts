import { parseDutchDate } from '../../extraction/structure/dutch-date';

/** An earlier letter named by its date: "mijn brief van 1 september jl.", "Per brief van 25 juni 2020". */
export interface DatedLetterCitation {
  date: string;
  phrase: string;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
// "(mijn|onze|de) brief van 27 november 2019", "Bij brief van …", "Per brief van …", "brieven van 13 en 26 oktober jl."
const DATED_LETTER = new RegExp(
  String.raw`\b(?:[Bb]ij |[Pp]er |[Ii]n |[Mm]et )?(?:mijn |onze |de |het )?(?:brief|brieven|kamerbrief)(?: van(?: de \w+)?)? (?:d\.d\. )?(\d{1,2}(?: en \d{1,2})?) (${MONTHS})(?: (\d{4})| (?:jl|j\.l|jongstleden)\.?)?`,
  'gi',
);

/** The year a "1 september jl." in a letter of `letterDate` points at: this year, or last year when that date lies ahead. */
function yearOf(day: number, month: string, letterDate: string | null): number | null {
  if (!letterDate) return null;
  const year = Number(letterDate.slice(0, 4));
  const iso = parseDutchDate(`${day} ${month} ${year}`);
  if (!iso) return null;
  return iso > letterDate ? year - 1 : year;
}

/** Every earlier letter the text names by date, each date once. Dates after the letter itself are not citations. */
export function datedLetterCitations(text: string, letterDate: string | null): DatedLetterCitation[] {
  const flat = text.replace(/\s+/g, ' ');
  const out: DatedLetterCitation[] = [];
  for (const m of flat.matchAll(DATED_LETTER)) {
    const days = m[1].split(' en ').map(Number);
    for (const day of days) {
      const year = m[3] ? Number(m[3]) : yearOf(day, m[2], letterDate);
      if (year === null) continue;
      const date = parseDutchDate(`${day} ${m[2].toLowerCase()} ${year}`);
      if (!date || (letterDate && date >= letterDate) || out.some((c) => c.date === date)) continue;
      out.push({ date, phrase: m[0].trim() });
    }
  }
  return out;
}
