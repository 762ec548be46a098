/** A member of the Kamer who asked the questions, as the document names them. */
export interface Asker {
  name: string;
  party: string | null;
}

// "Vragen van het lid De Hoop (PvdA) aan de …", "vragen van de leden Kuik, Rog en Van Toorenburg (allen CDA) over …"
const HEADING = /vragen van (?:het (?:kamer)?lid|de (?:kamer)?leden) ([^]{2,300}?)(?=\s+(?:aan (?:de|het)|over|inzake|betreffende)\b|\s*\(ingezonden|\s*\n\s*\n|$)/i;
// The summary pages of a Kamervraag: "Indieners Kees van der Staaij (SGP), Carla Dik-Faber (CU)".
const SUBMITTERS = /^\s*indieners?:?[ \t]+([^\n]{2,300})$/im;
const MEMBER = /^(.+?)\s*(?:\((?:(allen|beiden)\s+)?([^()]+)\))?$/i;

/** The askers named in a document's heading (its first 3,000 characters), in order; empty when none is named. */
export function askersOf(text: string): Asker[] {
  const head = text.slice(0, 3000);
  const heading = SUBMITTERS.exec(head) ?? HEADING.exec(head.replace(/[ \t]*\n[ \t]*/g, (m, offset: number, all: string) => (all[offset + m.length] === '\n' ? '\n' : ' ')));
  if (!heading) return [];
  const parts = heading[1].replace(/\s+/g, ' ').replace(/\s+,/g, ',').split(/,\s*|\s+en\s+(?![^(]*\))/);
  const askers: Asker[] = [];
  let pending: Asker[] = [];
  for (const part of parts) {
    const m = MEMBER.exec(part.trim());
    if (!m || !m[1] || m[1].length > 60) return [];
    const asker = { name: m[1].replace(/\s+´/g, '').trim(), party: m[3]?.trim() ?? null };
    askers.push(asker);
    pending.push(asker);
    if (asker.party) {
      // "(allen CDA)", "(beiden VVD)": the party of everyone named since the last party.
      if (m[2]) for (const p of pending) p.party = asker.party;
      pending = [];
    }
  }
  return askers;
}

/** "De Hoop (PvdA), Kuik (CDA)". */
export function askersLabel(askers: Asker[]): string {
  return askers.map((a) => (a.party ? `${a.name} (${a.party})` : a.name)).join(', ');
}
