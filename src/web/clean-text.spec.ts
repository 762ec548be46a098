import { cleanText, displayTitle, fromSentenceStart, toSentenceEnd } from './clean-text';

describe(cleanText.name, () => {
  it.each([
    ['De uitval is vervelend voor de reizigers1. Ik zal', 'De uitval is vervelend voor de reizigers. Ik zal'],
    ['op verzoek van uw Kamer6 onderzoek gedaan', 'op verzoek van uw Kamer onderzoek gedaan'],
    ['Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2het uitgesloten is', ' het uitgesloten is'],
    ['ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1Vraag 2', ' Vraag 2'],
    ['subsidie voor isolatie-\nmaatregelen', 'subsidie voor isolatiemaatregelen'],
    ['een zin die doorloopt\nop de volgende regel', 'een zin die doorloopt op de volgende regel'],
    ['Vraag 1\n\n1, 2\n\nAntwoord 1', 'Vraag 1\n\nAntwoord 1'],
    ['nr. 2751↩︎ **vet**', 'nr. 2751 vet'],
  ])('should clean %j', (text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });

  it('should keep numbers that are not footnotes', () => {
    expect(cleanText('artikel 3 van de Wet, CO2 en 2020D27320')).toBe('artikel 3 van de Wet, CO2 en 2020D27320');
  });
});

describe('sentence boundaries', () => {
  it('should start an excerpt cut mid-word at the next sentence', () => {
    expect(fromSentenceStart('ie op uw brief. Ik zal uw Kamer informeren.')).toBe('Ik zal uw Kamer informeren.');
  });

  it('should keep an excerpt that starts a sentence', () => {
    expect(fromSentenceStart('Ik zal uw Kamer informeren.')).toBe('Ik zal uw Kamer informeren.');
  });

  it('should end an excerpt at its last sentence end', () => {
    expect(toSentenceEnd(' Dat doe ik graag. Daarnaast wil ik de')).toBe(' Dat doe ik graag.');
  });
});

describe(displayTitle.name, () => {
  it.each([
    ['<b>beantwoording</b> kamervragen over de Wet', 'Beantwoording kamervragen over de Wet'],
  ])('should tidy the stored title %j', (title, shown) => {
    expect(displayTitle({ title }, 'x')).toBe(shown);
  });

  it('should prefer the own title line to a file name, and tidy the file name without one', () => {
    expect(displayTitle({ title: 'antwoord_op_vragen_arriva', text: 'Vragen van het lid De Hoop (PvdA) over de treinen van Arriva.' }, 'x')).toBe('Vragen van het lid De Hoop (PvdA) over de treinen van Arriva');
    expect(displayTitle({ title: 'antwoord_op_vragen_arriva', text: 'Geen kop.' }, 'x')).toBe('Antwoord op vragen arriva');
  });

  it.each(['2020D27320', '8b0c0a4e-6f1e-4d8c-9d55-6f1f0f1e2a3b', 'ah-tk-20192020-3349', 'antwoord.pdf'])('should not show the id %s', (title) => {
    const text = 'Tweede Kamer der Staten-Generaal\nVragen van het lid De Hoop (PvdA) aan de minister over de treinen van Arriva (ingezonden 26 mei 2020).\nVraag 1';
    expect(displayTitle({ title, text }, 'Antwoord van 30 juni 2020')).toBe('Vragen van het lid De Hoop (PvdA) aan de minister over de treinen van Arriva');
    expect(displayTitle({ title, text: 'Geen kop.' }, 'Antwoord van 30 juni 2020')).toBe('Antwoord van 30 juni 2020');
  });
});
