import { familyOf, offeredDocuments } from './offered';

describe(offeredDocuments.name, () => {
  it.each([
    // kst-35165-86 (tkconv 2024D48441)
    ['Hierbij bied ik u het verslag van de evaluatie van de Europees Parlementsverkiezing (hierna: EP24) van 6 juni jl. aan.', 'het verslag van de evaluatie', 'onderzoek'],
    // kst-33576-138
    ['Dit plan van aanpak treft u bijgaand aan2.', 'Dit plan van aanpak', 'plan'],
    // kst-26991-529
    ['Bijgaand sturen wij u het rapport, waarin de Commissie Sorgdrager haar bevindingen doet.', 'het rapport', 'onderzoek'],
    // kst-29665-496
    ['Hierbij ontvangt de Kamer de zevende voortgangsbrief met een stand van zaken binnen de verschillende trajecten.', 'de zevende voortgangsbrief', 'voortgang'],
    // parlementairemonitor 35388 nr. 4
    ['Mede namens de Minister van Volksgezondheid, Welzijn en Sport stuur ik u deze reactie op het jaarverslag, waarin ik in ga op', 'deze reactie op het jaarverslag', 'reactie'],
    // kst-35228-33
    ['reageert het kabinet in deze brief op het eindverslag «(On)zichtbare invloed» van de parlementaire ondervragingscommissie (Kamerstuk 35 228, nr. 4).', 'reactie op het eindverslag', 'reactie'],
    // openkamer 34300-VII-60
    ['Deze brief bevat de kabinetsreactie op dit advies, die ik u hiermee aanbied.', 'de kabinetsreactie op dit advies', 'reactie'],
    // kst-31936-820
    ['Hierbij bied ik uw Kamer de definitieve door het kabinet vastgestelde Luchtvaartnota 2020–2050 aan1.', 'Luchtvaartnota', 'notitie'],
    ['Hierbij bied ik uw Kamer, mede namens de Minister van Volksgezondheid, Welzijn en Sport, de voortgangsbrief van het programma Samen tegen mensenhandel aan.', 'de voortgangsbrief van het programma', 'voortgang'],
  ])('%s', (text, phrase, kind) => {
    const offered = offeredDocuments(text);
    expect(offered[0]?.phrase).toContain(phrase);
    expect(offered[0]?.kind).toBe(kind);
  });

  it('a letter that sends nothing offers nothing', () => {
    expect(offeredDocuments('Het is helaas niet mogelijk gebleken om dit binnen de gestelde termijn te doen. Ik verwacht u de brief uiterlijk 30 april te doen toekomen.')).toEqual([]);
  });
});

describe(familyOf.name, () => {
  it.each([
    ['plan van aanpak', 'plan'], ['het werkprogramma', 'plan'], ['de uitwerking', 'plan'],
    ['een reactie', 'reactie'], ['de beleidsreactie', 'reactie'], ['de kabinetsreactie op het rapport', 'reactie'],
    ['de evaluatie', 'onderzoek'], ['de onderzoeksresultaten', 'onderzoek'], ['de voortgangsrapportage', 'voortgang'],
  ])('%s is a %s', (phrase, family) => expect(familyOf(phrase)).toBe(family));
});
