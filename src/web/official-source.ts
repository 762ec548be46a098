/** Where a document is officially published, as a reader would cite it. */
export interface OfficialSource {
  /** "Aanhangsel van de Handelingen 2019-2020, nr. 3349" or "Kamerstuk 35 300 X, nr. 61". */
  label: string;
  url: string;
}

const OB = 'https://zoek.officielebekendmakingen.nl';

/** "35300-X" → "35 300 X": dossier numbers are written with a thin group separator. */
function dossierLabel(dossier: string): string {
  const [number, ...parts] = dossier.split('-');
  const grouped = number.replace(/\B(?=(\d{3})+$)/g, ' ');
  return [grouped, ...parts].join(' ');
}

/** The Aanhangsel (answers) or Kamerstuk (letters) number of a document, with its page on officielebekendmakingen.nl. */
export function officialSourceOf(d: {
  sessionYear: string | null;
  appendixNumber: string | null;
  kamerstukDossier?: string | null;
  kamerstukNumber?: string | null;
}): OfficialSource | null {
  if (d.sessionYear && d.appendixNumber && /^\d{4}-\d{4}$/.test(d.sessionYear) && /^\d{1,6}$/.test(d.appendixNumber)) {
    return {
      label: `Aanhangsel van de Handelingen ${d.sessionYear}, nr. ${d.appendixNumber}`,
      url: `${OB}/ah-tk-${d.sessionYear.replace('-', '')}-${d.appendixNumber}.html`,
    };
  }
  if (d.kamerstukDossier && d.kamerstukNumber && /^\d{4,6}(-[A-Z0-9]{1,6})*$/i.test(d.kamerstukDossier) && /^\d{1,5}$/.test(d.kamerstukNumber)) {
    return {
      label: `Kamerstuk ${dossierLabel(d.kamerstukDossier)}, nr. ${d.kamerstukNumber}`,
      url: `${OB}/kst-${d.kamerstukDossier}-${d.kamerstukNumber}.html`,
    };
  }
  return null;
}
