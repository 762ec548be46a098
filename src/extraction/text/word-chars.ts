const LETTER = /^\p{L}$/u;
// 0: not yet known, 1: a letter, 2: not a letter (for code units from U+0080 up)
const letterCache = new Uint8Array(65536);

/** How many code units the word character (a letter or an ASCII digit, as [\p{L}\d] in a u-regex) at i takes: 0, 1, or 2 outside the BMP. */
export function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  let known = letterCache[c];
  if (known === 0) letterCache[c] = known = LETTER.test(s[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

let lastText = '';
let lastRuns = new Set<string>();

/**
 * The words of a text as a regex sees them: every maximal run of [\p{L}\d], and inside a run that
 * holds other characters than ASCII letters and digits, every maximal run of \w too (where \b
 * without the u flag finds word edges: "één" holds "n"). Remembered for the last text asked about.
 */
export function wordRuns(text: string): Set<string> {
  if (text === lastText) return lastRuns;
  const runs = new Set<string>();
  addWordRuns(text, runs);
  lastText = text;
  lastRuns = runs;
  return runs;
}

/** Adds the words of `text`, as wordRuns() finds them, to `runs`. */
export function addWordRuns(text: string, runs: Set<string>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = wordCharAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n && (k = wordCharAt(text, i)) > 0) {
      if (k === 2 || text.charCodeAt(i) >= 128) ascii = false;
      i += k;
    }
    const run = text.slice(start, i);
    runs.add(run);
    if (!ascii) addAsciiRuns(run, runs);
  }
}

function addAsciiRuns(run: string, runs: Set<string>): void {
  let start = -1;
  for (let j = 0; j <= run.length; j++) {
    const inWord = j < run.length && isAsciiWord(run.charCodeAt(j));
    if (inWord && start < 0) start = j;
    else if (!inWord && start >= 0) {
      runs.add(run.slice(start, j));
      start = -1;
    }
  }
}
