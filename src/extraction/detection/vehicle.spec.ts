import { findVehicle, reportByVerb, vehicleBefore } from './vehicle';
import { findTimePhrases } from '../deadlines/phrases';
import { analyseDocument } from '../index';

const timeStarts = (s: string) => findTimePhrases(s.toLowerCase(), '2024-03-01').map((p) => p.index);
const vehicle = (s: string, before?: string) => findVehicle(s, { before, timeStarts: timeStarts(s) });

describe('vehicle: what is not a document', () => {
  it.each([
    ['Ik ben van plan om dit te doen.'],
    ['Dit punt staat op de agenda van het overleg.'],
    ['Ik zal het onderzoek met belangstelling volgen.'],
    ['De overige vragen zal ik tijdens mijn eerste termijn beantwoorden.'],
    // what the Kamer hears about, and a debate about a document
    ['Voor de zomer wordt uw Kamer geïnformeerd over de stand van zaken van de pilot.'],
    ['Tijdens de behandeling van de begroting zal ik hierop ingaan.'],
    ['Zoals gemeld bij de behandeling in uw Kamer van de begroting Defensie op 3 en 4 november, zal ik u informeren.'],
  ])('%s → null', (s) => expect(vehicle(s)).toBeNull());
});

describe('vehicle: the noun phrase of the promised document', () => {
  it.each([
    // the head noun alone, adjectives kept, determiner dropped
    ['Ik zal uw Kamer hierover in de volgende voortgangsbrief informeren.', 'volgende voortgangsbrief'],
    ['De jaarrapportage wordt u voor de zomer toegezonden.', 'jaarrapportage'],
    // what is sent, with every form of a sending verb
    ['Na afronding zal het onderzoek aan uw Kamer worden gezonden.', 'onderzoek'],
    ['De resultaten van de pilot deel ik na afloop met uw Kamer.', 'resultaten van de pilot'],
    ['Ik verstuur de uitkomsten in het najaar.', 'uitkomsten'],
    ['Ik zal de resultaten van de pilot met uw Kamer delen.', 'resultaten van de pilot'],
    // proper-name words and numbers after the noun
    ['De Monitor Brede Welvaart 2025 wordt u in mei aangeboden.', 'Monitor Brede Welvaart 2025'],
    ['Ik zal het Wetsvoorstel Herziening Huurtoeslag na de zomer indienen bij uw Kamer.', 'Wetsvoorstel Herziening Huurtoeslag'],
    // prepositional complements, up to a time phrase, a verb or the Kamer as receiver
    ['Ik stuur uw Kamer voor het zomerreces een brief over de bereikbaarheid van de Waddeneilanden.', 'brief over de bereikbaarheid van de Waddeneilanden'],
    ['Het kabinet zal in het najaar een reactie op het rapport van de Raad voor het Openbaar Bestuur aan uw Kamer sturen.', 'reactie op het rapport van de Raad voor het Openbaar Bestuur'],
    ['Binnenkort ontvangt u een notitie inzake de toekomst van het regionaal openbaar vervoer.', 'notitie inzake de toekomst van het regionaal openbaar vervoer'],
    ['Voor de zomer ontvangt uw Kamer een overzicht met daarin de kosten per provincie.', 'overzicht met daarin de kosten per provincie'],
    ['Ik verwacht de evaluatie van de Wet open overheid eind dit jaar aan uw Kamer te sturen.', 'evaluatie van de Wet open overheid'],
    // a title in «…» and a parenthetical name or reference
    ['Ik zal de kabinetsreactie op het advies «Ruimte voor water» van de Deltacommissaris in april sturen.', 'kabinetsreactie op het advies «Ruimte voor water» van de Deltacommissaris'],
    ['In de voortgangsrapportage van het Programma Schoon Water (PSW) informeer ik u nader.', 'voortgangsrapportage van het Programma Schoon Water (PSW)'],
    // the complement stops at a comma that opens a new clause, and at a relative clause
    ['Ik stuur u een brief over de ijsbaan, waarna ik graag met u in debat ga.', 'brief over de ijsbaan'],
    ['In de halfjaarrapportage die in oktober verschijnt ga ik hierop in.', 'halfjaarrapportage'],
    // compound documents and named programmes; research that is commissioned or sent
    ['Ik zal de Kamer via het BNC-fiche informeren over mijn inzet.', 'BNC-fiche'],
    ['Na de zomer stuur ik u de werkagenda cultuureducatie.', 'werkagenda cultuureducatie'],
    ['Ik zal u eind mei informeren over het Programma Gezonde Havens.', 'Programma Gezonde Havens'],
    ['Daarom laat ik een juridische verkenning uitvoeren.', 'juridische verkenning'],
    ['Ik zal het onderzoek daarna aan uw Kamer sturen.', 'onderzoek'],
    // "naar" names the subject of a study, not where it goes
    ['Ik zal het onderzoek naar de wachttijden in de ggz voor de zomer aan uw Kamer sturen.', 'onderzoek naar de wachttijden in de ggz'],
    ['Ik zal de brief naar aanleiding van de motie Jansen eind mei sturen.', 'brief naar aanleiding van de motie Jansen'],
    ['Ik zal de evaluatie na de zomer naar de Tweede Kamer sturen.', 'evaluatie'],
    ['In de brief over de motie Jansen c.s. (Kamerstuk 12 345, nr. 6) ga ik hierop in.', 'brief over de motie Jansen c.s. (Kamerstuk 12 345, nr. 6)'],
    ['Ik stuur u voor 1 juni een brief over de stand van zaken.', 'brief over de stand van zaken'],
    // a document already announced elsewhere is not the one promised
    ['Bij de uitwerking van het actieplan, zoals aangekondigd in de voortgangsbrief, zal ik dit meenemen.', 'actieplan'],
    // a prepositional phrase moved behind the verbs belongs to the noun
    ['Ik zal uw Kamer voor de zomer een brief sturen over de wachtlijsten in de jeugdzorg.', 'brief over de wachtlijsten in de jeugdzorg'],
    ['Ik verwacht u volgende week een notitie te kunnen doen toekomen met de uitkomsten van de verkenning.', 'notitie met de uitkomsten van de verkenning'],
    // coordinated documents
    ['De resultaten en de kabinetsappreciatie worden u in maart toegezonden.', 'resultaten en de kabinetsappreciatie'],
    // what is sent, when no document noun is named
    ['Ik zal u de uitkomsten van de enquête onder huisartsen doen toekomen.', 'uitkomsten van de enquête onder huisartsen'],
    // "de brief van 13 september" is an earlier letter, not the vehicle
    ['Zoals in de brief van 13 september aangekondigd, ontvangt u in het voorjaar de evaluatie.', 'evaluatie'],
  ])('%s → %s', (sentence, expected) => {
    expect(vehicle(sentence)).toBe(expected);
  });

  it.each([
    ['Ik zal de Kamer voor de zomer informeren over de uitkomsten.'],
    ['Ik zal dit signaal bespreken met de inspectie.'],
    ['Ik zal de resultaten bestuderen.'],
  ])('%s → no vehicle', (sentence) => {
    expect(vehicle(sentence)).toBeNull();
  });
});

describe('vehicle: resolved against the text before the sentence', () => {
  it.each([
    [
      'Op 2 mei heb ik het wetsvoorstel Vereenvoudiging Kinderopvangtoeslag in consultatie gegeven. De consultatie is gesloten.',
      'Ik zal het wetsvoorstel na de zomer bij uw Kamer indienen.',
      'wetsvoorstel Vereenvoudiging Kinderopvangtoeslag',
    ],
    [
      'U heeft mij gevraagd om een brief over de gevolgen van de droogte voor de landbouw. Ik deel uw zorgen.',
      'Ik zal u voor 1 juni de toegezegde brief sturen.',
      'brief over de gevolgen van de droogte voor de landbouw',
    ],
    [
      'Bent u bereid een brief te sturen over de sluiting van de kazerne in Ede?',
      'Ja, ik zal u in april een brief sturen.',
      'brief over de sluiting van de kazerne in Ede',
    ],
    // the complement's noun is resolved too
    [
      'Vandaag heb ik het advies van de Onderwijsraad over leesvaardigheid ontvangen.',
      'Ik stuur u zo spoedig mogelijk een kabinetsreactie op dit advies.',
      'kabinetsreactie op het advies van de Onderwijsraad over leesvaardigheid',
    ],
    // the earlier mention must carry the same modifiers
    [
      'De 12 vragen van de commissie Financiën over de bankenbelasting heb ik op 3 mei ontvangen. De vragen zijn technisch.',
      'Ik zal u de antwoorden op de 12 vragen binnen drie weken toesturen.',
      'antwoorden op de 12 vragen van de commissie Financiën over de bankenbelasting',
    ],
    // "voorgenoemd" without its -e points back as "voorgenoemde" does
    [
      'Het wetsvoorstel Bescherming Huurders is voor advies naar de Raad van State.',
      'Het voorgenoemd wetsvoorstel zal in het voorjaar worden ingediend bij de Tweede Kamer.',
      'wetsvoorstel Bescherming Huurders',
    ],
    // a state adjective does not tell the document apart from the one named before
    [
      'In het voorjaar gaat het actieplan schone lucht in consultatie.',
      'Het definitieve actieplan zal in het najaar aan uw Kamer worden toegezonden.',
      'actieplan schone lucht',
    ],
    // an earlier mention followed by its verb names nothing more
    [
      'Het actieplan schone lucht gaat in consultatie. In het actieplan staan de maatregelen.',
      'Het definitieve actieplan zal in het najaar aan uw Kamer worden toegezonden.',
      'actieplan schone lucht',
    ],
    // a relative "waar" ends the earlier mention
    [
      'Er komt een onderzoek naar de wachttijden waar de motie om vraagt.',
      'Ik zal het onderzoek daarna aan uw Kamer sturen.',
      'onderzoek naar de wachttijden',
    ],
    // nothing fuller before: keep what the sentence says
    ['Over dit onderwerp is veel gezegd.', 'Ik zal u het wetsvoorstel in mei sturen.', 'wetsvoorstel'],
    // the letter's own title is not an earlier mention
    ['Nr. 113 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\n\nHet is niet gelukt.', 'Ik verwacht u de brief uiterlijk 30 april te doen toekomen.', 'brief'],
    ['Brief van de staatssecretaris van Financiën over de toeslagen.', 'Ik zal u de brief in mei sturen.', 'brief'],
  ])('%s | %s → %s', (before, sentence, expected) => {
    expect(vehicle(sentence, before)).toBe(expected);
  });

  it('takes "de adviezen voorzien van een reactie" as a reaction to the adviezen', () => {
    expect(vehicle('Het kabinet zal de adviezen te zijner tijd voorzien van een kabinetsreactie.')).toBe('kabinetsreactie op de adviezen');
    // the reaction, not the first document noun; its object, not a noun in the object's complement
    expect(vehicle('Het kabinet zal het rapport voorzien van een reactie.')).toBe('reactie op het rapport');
    expect(vehicle('Ik zal het advies van de Raad van State voorzien van een appreciatie en dat aan uw Kamer sturen.')).toBe('appreciatie op het advies');
  });

  it('names the report of "rapporteren over de voortgang van …"', () => {
    expect(reportByVerb('Ik zal u jaarlijks over de voortgang van het programma Veilig Thuis rapporteren.')).toBe(
      'jaarlijkse voortgangsrapportage programma Veilig Thuis',
    );
    expect(reportByVerb('Ik zal u hierover informeren.')).toBeNull();
  });

  it.each([
    ['Ik zal u twee keer per jaar over de voortgang van de hersteloperatie rapporteren.', 'halfjaarlijkse voortgangsrapportage hersteloperatie'],
    ['Ik zal u elk kwartaal over de voortgang van het programma Sterk Spoor rapporteren.', 'driemaandelijkse voortgangsrapportage programma Sterk Spoor'],
    ['Ik zal u vier keer per jaar rapporteren over de voortgang van de bouw van de sluis.', 'driemaandelijkse voortgangsrapportage bouw van de sluis'],
    ['Ik zal u maandelijks over de voortgang van de opvang rapporteren.', 'maandelijkse voortgangsrapportage opvang'],
    // a cadence without a usual name is left out of the name, not glued to it
    ['Ik zal u drie keer per jaar over de voortgang van het programma Sterk Spoor rapporteren.', 'voortgangsrapportage programma Sterk Spoor'],
  ])('names how often a report comes: %s', (sentence, expected) => {
    expect(reportByVerb(sentence)).toBe(expected);
  });

  it.each([
    ['Ik stuur uw Kamer de ontbrekende informatie voor de zomer toe.', 'ontbrekende informatie'],
    ['Ik stuur uw Kamer de aanvullende informatie over de kosten na de zomer.', 'aanvullende informatie over de kosten'],
    // how often is not part of a name
    ['Ik stuur u de voortgangsrapportage over de opvang elk kwartaal.', 'voortgangsrapportage over de opvang'],
  ])('takes qualified information as a vehicle: %s', (sentence, expected) => {
    expect(vehicle(sentence)).toBe(expected);
  });

  it('finds the document a pronoun refers to, preferring a mention that names its subject', () => {
    expect(vehicleBefore('De reactie op het verzoek van de commissie over de tolheffing kan niet binnen de termijn worden gegeven. De beantwoording vergt meer tijd.')).toBe(
      'reactie op het verzoek van de commissie over de tolheffing',
    );
  });
});

describe('vehicle in a document', () => {
  it('resolves "het wetsvoorstel" to the bill named earlier in the letter', () => {
    const text = [
      'BRIEF VAN DE MINISTER VAN FINANCIËN',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Den Haag, 4 maart 2024',
      'Uw Kamer heeft gevraagd naar de planning van het Wetsvoorstel Fiscale Vergroening. Het wetsvoorstel is in voorbereiding.',
      'Ik zal het wetsvoorstel voor de zomer aan uw Kamer aanbieden.',
    ].join('\n');
    const c = analyseDocument(text, { received: '2024-03-04' }).commitments;
    expect(c).toHaveLength(1);
    expect(c[0].vehicle).toBe('Wetsvoorstel Fiscale Vergroening');
  });

  it('takes a pronoun for the document named before only when the sentence sends or reports something', () => {
    const text = [
      'Vraag 1',
      'Komt er een brief over de wachttijden in de jeugdzorg?',
      'Antwoord 1',
      'Er komt een brief over de wachttijden in de jeugdzorg. Ik verwacht deze na de zomer aan uw Kamer te sturen.',
      'Vraag 2',
      'Wordt het register openbaar?',
      'Antwoord 2',
      'Het register staat beschreven in het jaarverslag van de dienst. Ik ga deze daarnaast ook publiceren op de website van het ministerie.',
    ].join('\n');
    // every candidate, however unlikely: the vehicle is found whatever the learned layer says
    const c = analyseDocument(text, { received: '2024-03-04', minConfidence: 0 }).commitments;
    expect(c.find((x) => x.quote.includes('verwacht deze'))?.vehicle).toBe('brief over de wachttijden in de jeugdzorg');
    const publish = c.find((x) => x.quote.includes('publiceren'));
    expect(publish).toBeDefined();
    expect(publish!.vehicle).toBeNull();
  });

  it('reads an answer with its own question only', () => {
    const text = [
      'Vraag 1',
      'Komt er een voortgangsbrief over het programma Gezonde Wijken?',
      'Antwoord 1',
      'Ja, uw Kamer ontvangt in het najaar de voortgangsbrief over het programma Gezonde Wijken.',
      'Vraag 2',
      'Hoe wordt de Kamer geïnformeerd over de wachttijden?',
      'Antwoord 2',
      'Uw Kamer wordt hierover in het najaar geïnformeerd door middel van de voortgangsbrief.',
    ].join('\n');
    const c = analyseDocument(text, { received: '2024-03-04' }).commitments;
    expect(c.map((x) => x.vehicle)).toEqual(['voortgangsbrief over het programma Gezonde Wijken', 'voortgangsbrief']);
  });
});
