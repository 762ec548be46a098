// Builds answer-like Dutch documents for the extractor benchmark: headers, Vraag/Antwoord blocks,
// page footers, footnotes, hyphenation and a mix of promising and non-promising sentences.

const MINISTRIES = [
  'Justitie en Veiligheid', 'Binnenlandse Zaken en Koninkrijksrelaties', 'Volksgezondheid, Welzijn en Sport', 'Financiën',
  'Infrastructuur en Waterstaat', 'Onderwijs, Cultuur en Wetenschap', 'Economische Zaken en Klimaat', 'Defensie',
];
const NAMES = ['De Vries', 'Jansen', 'Van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'Bos'];
const TOPICS = [
  'de wachtlijsten in de jeugdzorg', 'de aanpak van ondermijning', 'de stikstofuitstoot van datacenters', 'het lerarentekort',
  'de verduurzaming van huurwoningen', 'de capaciteit van het spoor', 'de inzet van drones bij de politie', 'de energierekening',
];
const FILLER = [
  'Het onderzoek is in maart afgerond en de resultaten zijn met betrokken partijen besproken.',
  'Gemeenten zijn zelf verantwoordelijk voor de uitvoering van deze regeling.',
  'In 2022 en 2023 zijn in totaal 12.500 meldingen ontvangen, o.a. via het landelijke meldpunt.',
  'De toezichthouder houdt een vinger aan de pols en zal ingrijpen indien daarvoor aanleiding is.',
  'Ik heb uw Kamer hierover op 14 februari jl. geïnformeerd (Kamerstuk 29 383, nr. 406).',
  'Zoals eerder aangegeven is dit een verantwoordelijkheid van de sector zelf.',
  'Het kabinet vindt het van groot belang dat de zorg toegankelijk blijft voor iedereen.',
  'De NZa onderzoekt momenteel de herkenbaarheid van de declaraties, bijv. bij de SEH.',
  'Deze afspraken zijn vastgelegd in het convenant dat i.v.m. de nieuwe wet is herzien.',
  'Het aantal meldingen is het afgelopen jaar met ca. 8 procent gestegen.',
];
const PROMISES = [
  'Ik zal uw Kamer voor de zomer informeren over de uitkomsten van deze gesprekken.',
  'Uw Kamer wordt in de eerstvolgende voortgangsrapportage nader geïnformeerd over {t}.',
  'Ik verwacht uw Kamer hierover in het najaar te kunnen informeren.',
  'Het kabinet zal in een separate brief ingaan op {t}.',
  'Ik zal dit punt bespreken met de betrokken partijen.',
  'Ik kom hierop terug in de voortgangsbrief die eind oktober naar uw Kamer wordt gestuurd.',
  'Ik streef ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal, te informeren.',
  'Binnenkort ontvangt uw Kamer een brief over {t}.',
];
const QUESTIONS = [
  'Bent u bekend met het bericht over {t}?',
  'Kunt u aangeven hoeveel gemeenten te maken hebben met {t}? Zo nee, waarom niet?',
  'Bent u bereid de Kamer te informeren over {t}?',
  'Wat is uw reactie op de conclusies van het rapport over {t}?',
];

/** Small deterministic PRNG so runs are comparable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

function hyphenate(r: () => number, line: string): string {
  if (r() > 0.3) return line;
  const words = line.split(' ');
  const i = Math.floor(r() * words.length);
  const w = words[i];
  if (w.length < 10) return line;
  words[i] = `${w.slice(0, 5)}-\n${w.slice(5)}`;
  return words.join(' ');
}

export function generateDocument(r: () => number, n: number): string {
  const ministry = pick(r, MINISTRIES);
  const topic = pick(r, TOPICS);
  const session = 2015 + Math.floor(r() * 10);
  const parts: string[] = [
    'Tweede Kamer der Staten-Generaal 2',
    `Vergaderjaar ${session}–${session + 1} Aanhangsel van de Handelingen`,
    'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
    String(100 + n),
    `Vragen van het lid ${pick(r, NAMES)} (CDA) aan de Minister van ${ministry} over ${topic} (ingezonden 3 maart ${session + 1}).`,
    `Antwoord van Minister ${pick(r, NAMES)} (${ministry}) (ontvangen ${1 + Math.floor(r() * 28)} april ${session + 1}).`,
  ];
  const blocks = 3 + Math.floor(r() * 10);
  for (let b = 1; b <= blocks; b++) {
    parts.push(`Vraag ${b}`, pick(r, QUESTIONS).replace('{t}', topic), `Antwoord ${b}`);
    const sentences: string[] = [];
    const len = 3 + Math.floor(r() * 12);
    for (let s = 0; s < len; s++) {
      sentences.push((r() < 0.04 ? pick(r, PROMISES) : pick(r, FILLER)).replace('{t}', topic));
    }
    parts.push(hyphenate(r, sentences.join(' ')));
    if (r() < 0.2) {
      parts.push(`${1 + Math.floor(r() * 5)} Kamerstuk 29 383, nr. ${400 + b}`, `ah-tk-${session}${session + 1}-${100 + n}`,
        `Tweede Kamer, vergaderjaar ${session}–${session + 1}, Aanhangsel ${b}`);
    }
  }
  return parts.join('\n');
}

/** Documents until `bytes` UTF-8 bytes are reached. */
export function generateCorpus(bytes: number, seed = 42): { docs: string[]; bytes: number } {
  const r = rng(seed);
  const docs: string[] = [];
  let total = 0;
  for (let n = 0; total < bytes; n++) {
    const d = generateDocument(r, n);
    docs.push(d);
    total += Buffer.byteLength(d, 'utf8');
  }
  return { docs, bytes: total };
}

/** Inputs that break naive regexes: each built to `size` characters. */
export function pathological(size: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    dots: fill('.'),
    'dots and spaces': fill('. . .. ...'),
    'no sentence end': fill('woord en nog een woord zal ik uw Kamer informeren over '),
    'Vraag Vraag': fill('Vraag Vraag 1 en 2 en '),
    'single long line': fill('abcdefghij'),
    'open parentheses': fill('(((((((((('),
    'nested parentheses': fill('(((((zal ik (u) informeren'),
    'digits and dots': fill('1.2.3.4.5.6.7.8.9.'),
    'hyphens': fill('-\n-\n-a-\nb'),
    'abbreviations': fill('o.a. bijv. nr. art. jl. d.d. i.v.m. '),
    // a title quoting on and on before the first question: the letter's voice is looked for outside quotes
    'quoted title': `«${fill('u wij «ik» ')}\n\nVraag 1\nWat?\n\nAntwoord 1\nJa.`,
  };
}
