import { detectCommitment, type DetectContext } from './detect';
import { findTimePhrases } from '../deadlines/phrases';

function detect(sentence: string) {
  const lower = sentence.toLowerCase();
  const phrases = findTimePhrases(lower, '2024-03-01');
  const ctx: DetectContext = {
    hasTimePhrase: () => phrases.length > 0,
    hasForwardTime: () => phrases.some((p) => p.due === null || p.due >= '2024-03-01'),
  };
  return detectCommitment(lower, ctx);
}

describe('commitment detection', () => {
  it.each([
    // first person future
    ['Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek.', 'report'],
    ['In de volgende voortgangsbrief zal ik nader ingaan op de gevolgen voor gemeenten.', 'report'],
    ['Ik zal dit signaal bespreken met de Inspectie en de betrokken zorgaanbieders.', 'action'],
    ['Via een apart fiche zal ik nader ingaan op de gevolgen van het voorstel voor de landbouw.', 'report'],
    ['In de kabinetsreactie zal nader worden ingegaan op de aanbevelingen van de commissie.', 'report'],
    ['Ik zal hierover in gesprek gaan met de sector.', 'action'],
    ['Ik ga de regeling aanpassen zodat ook zelfstandigen er gebruik van kunnen maken.', 'action'],
    ['Daarbij zal ik ook de motie van het lid Jansen betrekken.', 'action'],
    // passive, Kamer as receiver
    ['Uw Kamer wordt in het najaar geïnformeerd over de voortgang van de pilot.', 'report'],
    ['De evaluatie wordt u voor het kerstreces toegezonden.', 'report'],
    ['De jaarrapportage zal begin volgend jaar aan uw Kamer worden aangeboden.', 'report'],
    ['Binnenkort ontvangt uw Kamer de kabinetsreactie op het advies.', 'report'],
    // present tense with a time phrase
    ['Ik informeer uw Kamer voor het einde van het jaar over de stand van zaken.', 'report'],
    ['Ik stuur u zo spoedig mogelijk de ontbrekende gegevens.', 'report'],
    // present tense with a cadence or a coming debate instead of a date
    ['Verder ontvangt uw Kamer elk half jaar een overzicht van de wachttijden.', 'report'],
    ['Uw Kamer ontvangt voor het commissiedebat de brief over de tarieven.', 'report'],
    // a coordinated clause shares the subject of the sentence
    ['Het kabinet heeft hier een positieve houding over en zal uw Kamer na de zomer informeren.', 'report'],
    // a promise restated after "zoals toegezegd" is still made
    ['Zoals is toegezegd, zal ik uw Kamer voor de zomer informeren over de pilot.', 'report'],
    // cabinet or another minister
    ['Het kabinet zal in een aparte brief reageren op het rapport van de commissie.', 'report'],
    ['De Minister van Financiën zal de fiscale aspecten nader uitwerken.', 'action'],
    ['Het kabinet is voornemens het wetsvoorstel in het tweede kwartaal in te dienen.', 'action'],
    ['Dit betekent dat ik voornemens ben de regeling per 1 januari 2026 te laten ingaan.', 'action'],
    ['De ontbrekende stukken zullen u spoedig worden nagezonden.', 'report'],
    // expectation, striving, promising, coming back
    ['Ik verwacht uw Kamer hierover in mei te kunnen berichten.', 'report'],
    ['Ik streef ernaar uw Kamer uiterlijk in juni te informeren.', 'report'],
    ['Ik zeg u toe de resultaten van de audit met uw Kamer te delen.', 'report'],
    ['Ik kom hier in de eerstvolgende voortgangsrapportage op terug.', 'report'],
    // the formulas of a postponement or a planning letter
    ['U kunt de antwoorden uiterlijk binnen drie weken tegemoet zien.', 'report'],
    ['Begin april kom ik met een beleidsbrief over de leerlingendaling.', 'report'],
    ['Ik stel voor uw Kamer uiterlijk 1 juni nader te berichten.', 'report'],
    ['Onze planning is om de opzet medio april naar de Kamer te sturen.', 'report'],
    ['Met de uitwerking wil ik in het najaar bij u terugkomen.', 'report'],
    ['U zult deze informatie voor de zomer ontvangen.', 'report'],
    ['De werkagenda presenteer ik kort na Prinsjesdag.', 'report'],
    ['Hierop zal ik reageren in mijn eerste termijn.', 'report'],
    // answering the Kamer's questions later is informing it
    ['De overige vragen zal ik tijdens mijn eerste termijn beantwoorden.', 'report'],
    ['Op de resterende vragen zal ik in het debat van donderdag ingaan.', 'report'],
    ['Ik laat onderzoeken of de termijnen kunnen worden verkort.', 'action'],
    ['De suggestie van de vraagsteller wordt meegenomen in de evaluatie van de wet.', 'action'],
  ])('%s → %s', (sentence, kind) => {
    const d = detect(sentence);
    expect(d).not.toBeNull();
    expect(d!.kind).toBe(kind);
    expect(d!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(d!.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Uw Kamer ontvangt de brief over de tarieven.'],
    ['Uw Kamer ontvangt hierbij elk half jaar een overzicht van de wachttijden.'],
    // the same verbs without a promise
    ['U kunt de brochure op de website van het ministerie vinden.'],
    ['Ik stel voor dat de gemeenten dit zelf regelen.'],
    ['Ik kom met de sector tot afspraken over de prijzen.'],
  ])('%s → no promise without a time, cadence or debate ahead', (sentence) => {
    expect(detect(sentence)).toBeNull();
  });

  it.each([
    ['Het kabinet zal de adviezen voorzien van een reactie.', 'cabinet'],
    ['Het kabinet heeft hier een positieve houding over en zal uw Kamer na de zomer informeren.', 'cabinet'],
    ['Ik zal de gemeenten hierover een brief sturen.', 'self'],
  ])('%s → actor %s', (sentence, actor) => {
    expect(detect(sentence)!.actor).toBe(actor);
  });

  it('names another minister as the actor', () => {
    expect(detect('De Minister van Onderwijs, Cultuur en Wetenschap zal de scholen hierover informeren.')!.actor).toEqual({
      mention: 'minister van onderwijs, cultuur en wetenschap',
    });
  });
});
