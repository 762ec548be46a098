// Generates SyncFeed pages on demand, by index, so the replay itself holds no feed in memory.

const NS = 'http://www.tweedekamer.nl/xsd/tkData/v1-0';
const HOST = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0';
export const PAGE_SIZE = 250;

export interface FeedSizes {
  Zaak: number;
  ZaakActor: number;
  DocumentActor: number;
  Document: number;
  Toezegging: number;
}

const guid = (kind: number, i: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
export const zaakId = (i: number) => guid(1, i);
export const documentId = (i: number) => guid(2, i);
const actorId = (i: number) => guid(3, i);
const toezeggingId = (i: number) => guid(4, i);

/**
 * Documents alternate: even = the questions, odd = the answer with a PDF, both in case i/2; every
 * fifth odd one is instead a government letter (PDF) that reports on the promise of an earlier
 * answer and cites it by number, so the fulfilment linker has real work.
 */
export const hasFile = (i: number) => i % 2 === 1;
export const isLetter = (i: number) => i % 10 === 9;
export const isAnswer = (i: number) => hasFile(i) && !isLetter(i);
export const documentNumber = (i: number) => `2024D${String(i).padStart(5, '0')}`;

function entityXml(category: keyof FeedSizes, i: number): { id: string; xml: string } {
  const el = (name: string, value: string) => `<tk:${name}>${value}</tk:${name}>`;
  const ref = (name: string, id: string) => `<tk:${name} ref="${id}"/>`;
  const open = (tag: string, id: string, attrs = '') =>
    `<tk:${tag} xmlns:tk="${NS}" id="${id}" tk:bijgewerkt="2024-04-10T10:00:00" tk:verwijderd="false"${attrs}>`;
  switch (category) {
    case 'Zaak': {
      const id = zaakId(i);
      return { id, xml: `${open('zaak', id)}${el('nummer', `2024Z${String(i).padStart(5, '0')}`)}${el('soort', 'Schriftelijke vragen')}${el('onderwerp', `Vragen ${i} over onderwerp ${i % 97}`)}${el('gestartOp', '2024-03-01T00:00:00+01:00')}</tk:zaak>` };
    }
    case 'ZaakActor': {
      const id = actorId(i);
      const zaak = zaakId(Math.floor(i / 2) % 100000);
      const minister = i % 2 === 1;
      return {
        id,
        xml: `${open('zaakActor', id)}${el('actorNaam', minister ? 'E. Heinen' : `Kamerlid ${i}`)}${el('functie', minister ? 'minister van Financiën' : 'Tweede Kamerlid')}${el('relatie', minister ? 'Gericht aan' : 'Indiener')}${ref('zaak', zaak)}</tk:zaakActor>`,
      };
    }
    case 'DocumentActor': {
      const id = actorId(1_000_000 + i);
      return { id, xml: `${open('documentActor', id)}${el('actorNaam', 'E. Heinen')}${el('functie', 'minister van Financiën')}${el('relatie', 'Eerste ondertekenaar')}${ref('document', documentId(i))}</tk:documentActor>` };
    }
    case 'Document': {
      const id = documentId(i);
      const attrs = hasFile(i) ? ' tk:contentType="application/pdf" tk:contentLength="1500"' : '';
      const [soort, onderwerp, datum] = isLetter(i)
        ? ['Brief regering', `Voortgang onderwerp ${i - 2}`, '2024-06-20']
        : isAnswer(i)
          ? ['Antwoord schriftelijke vragen', `Antwoord op vragen ${Math.floor(i / 2)}`, '2024-04-10']
          : ['Schriftelijke vragen', `Vragen ${Math.floor(i / 2)}`, '2024-04-10'];
      return {
        id,
        xml: `${open('document', id, attrs)}${el('soort', soort)}${el('documentNummer', documentNumber(i))}${el('onderwerp', onderwerp)}${el('datum', `${datum}T00:00:00+02:00`)}${el('vergaderjaar', '2023-2024')}${ref('zaak', zaakId(Math.floor(i / 2)))}</tk:document>`,
      };
    }
    case 'Toezegging': {
      const id = toezeggingId(i);
      const status = ['Openstaand', 'Afgedaan', 'Deels Afgedaan', 'Vervallen', ''][i % 5];
      return {
        id,
        xml: `<ns1:toezegging xmlns:ns1="${NS}" id="${id}" ns1:bijgewerkt="2024-04-10T10:00:00" ns1:verwijderd="false"><ns1:aanmaakdatum>2024-02-15T15:01:11+01:00</ns1:aanmaakdatum><ns1:nummer>TZ202402-${i}</ns1:nummer><ns1:naam>Heinen, E.</ns1:naam><ns1:functie>Minister van Financiën</ns1:functie><ns1:status>${status}</ns1:status><ns1:tekst>De minister zegt toe de Kamer voor de zomer te informeren over punt ${i}.</ns1:tekst></ns1:toezegging>`,
      };
    }
  }
}

/** The page after `skiptoken` (entry i carries token i + 1). */
export function feedPage(category: keyof FeedSizes, total: number, skiptoken: string | null): string {
  const start = skiptoken === null ? 0 : Number(skiptoken);
  const end = Math.min(total, start + PAGE_SIZE);
  const parts = [`<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>bench</title>`];
  if (end < total) parts.push(`<link rel="next" href="${HOST}/Feed?category=${category}&amp;skiptoken=${end}"/>`);
  for (let i = start; i < end; i++) {
    const { id, xml } = entityXml(category, i);
    parts.push(
      `<entry><title>${id}</title><id>${HOST}/Entiteiten/${id}</id><updated>2024-04-10T10:00:00Z</updated>` +
        `<link rel="next" href="${HOST}/Feed?skiptoken=${i + 1}&amp;category=${category}"/><content type="application/xml">${xml}</content></entry>`,
    );
  }
  parts.push('</feed>');
  return parts.join('\n');
}
