import { Document as DocxDocument, Packer, Paragraph } from 'docx';
import ids from '../fixtures/tk/ids.json';
import { pdfOf } from './pdf-of';

/** A real DOCX with one paragraph per line. */
export async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new DocxDocument({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(doc);
}

/** The texts behind the replayed TK documents (constructed, in the shape of real answers). */
export const TK_TEXTS = {
  postponement: [
    'Mededeling van de minister van Financiën (ontvangen 19 maart 2024)',
    'De vragen van het lid Jansen (GL-PvdA) over de hersteloperatie (2024Z04000) kunnen niet binnen de gebruikelijke termijn',
    'worden beantwoord, omdat afstemming met andere betrokken partijen meer tijd vraagt.',
  ],
  answer: [
    'Tweede Kamer der Staten-Generaal 2',
    'Vergaderjaar 2023-2024 Aanhangsel van de Handelingen',
    '1456',
    'Vragen van het lid Jansen (GL-PvdA) aan de Minister van Financiën over de hersteloperatie (ingezonden 28 februari 2024).',
    'Antwoord van Minister Heinen (Financiën) (ontvangen 10 april 2024).',
    'Vraag 1',
    'Bent u bereid de Kamer te informeren over de voortgang van de hersteloperatie?',
    'Antwoord 1',
    'Ik zal uw Kamer voor de zomer informeren over de voortgang van de hersteloperatie.',
    'Vraag 2',
    'Wanneer verschijnt de evaluatie?',
    'Antwoord 2',
    'De evaluatie stuur ik uw Kamer uiterlijk in het najaar van 2024 toe.',
  ],
  // No header naming the minister: the owner comes from the TK's actor records.
  docxAnswer: [
    'Vraag 1',
    'Hoe groot is het lerarentekort in het voortgezet onderwijs?',
    'Antwoord 1',
    'Het tekort verschilt sterk per regio en per vak.',
    'Vraag 2',
    'Bent u bereid de Kamer te informeren over de aanpak?',
    'Antwoord 2',
    'Ik stuur uw Kamer voor het einde van het jaar een brief over de aanpak van het lerarentekort.',
  ],
  letter: [
    'Geachte voorzitter,',
    'Hierbij informeer ik uw Kamer over de voortgang van de hersteloperatie toeslagen, zoals toegezegd in het debat van 14 februari 2024.',
    'De minister van Financiën,',
    'E. Heinen',
  ],
  retried: [
    'Vragen van het lid Bakker (SP) aan de Minister van Financiën over de Belastingdienst (ingezonden 20 maart 2024).',
    'Antwoord van Minister Heinen (Financiën) (ontvangen 12 april 2024).',
    'Vraag 1',
    'Wanneer is het onderzoek afgerond?',
    'Antwoord 1',
    'Ik zal uw Kamer voor 1 oktober 2024 informeren over de uitkomsten van het onderzoek.',
  ],
  withdrawn: [
    'Vragen van het lid Smit (CDA) aan de Minister van Financiën over parallelimport (ingezonden 25 maart 2024).',
    'Antwoord van Minister Heinen (Financiën) (ontvangen 15 april 2024).',
    'Vraag 1',
    'Bent u bereid de Kamer te informeren?',
    'Antwoord 1',
    'Uw Kamer wordt uiterlijk in december 2024 geïnformeerd over de problematiek ten aanzien van parallelimport.',
  ],
};

/** The files of the replayed feed's documents, by TK id: PDF and DOCX made from TK_TEXTS. */
export async function tkResources(): Promise<Map<string, Buffer>> {
  return new Map([
    [ids.P1, await pdfOf(TK_TEXTS.postponement)],
    [ids.A1, await pdfOf(TK_TEXTS.answer)],
    [ids.A2, await docxOf(TK_TEXTS.docxAnswer)],
    [ids.L1, await pdfOf(TK_TEXTS.letter)],
    [ids.X1, await pdfOf(TK_TEXTS.retried)],
    [ids.D1, await pdfOf(TK_TEXTS.withdrawn)],
  ]);
}
