import { askersOf } from './askers';

describe(askersOf.name, () => {
  it.each([
    ['Vragen van het lid De Hoop (PvdA) aan de Staatssecretaris van Infrastructuur', [{ name: 'De Hoop', party: 'PvdA' }]],
    ['Vragen van de leden Kuik, Rog en Van Toorenburg (allen CDA) aan de Staatssecretaris van Justitie', [
      { name: 'Kuik', party: 'CDA' }, { name: 'Rog', party: 'CDA' }, { name: 'Van Toorenburg', party: 'CDA' },
    ]],
    ['Vragen van de leden Kuiken (PvdA) en Westerveld (GroenLinks) aan de Minister', [{ name: 'Kuiken', party: 'PvdA' }, { name: 'Westerveld', party: 'GroenLinks' }]],
    ['Vragen van de leden Inge van Dijk , Vedder (beiden CDA) en Welzijn (Nieuw\nSociaal Contract) aan de', [
      { name: 'Inge van Dijk', party: 'CDA' }, { name: 'Vedder', party: 'CDA' }, { name: 'Welzijn', party: 'Nieuw Sociaal Contract' },
    ]],
    ['Antwoord op vragen van de leden Bouchallikh, Bromet en Kröger over het bericht', [
      { name: 'Bouchallikh', party: null }, { name: 'Bromet', party: null }, { name: 'Kröger', party: null },
    ]],
    ['Vragen van het lid Van Haga (Groep Van Haga) aan de Staatssecretaris', [{ name: 'Van Haga', party: 'Groep Van Haga' }]],
    ['Kamervraag 2016Z12974\nIngediend 24 juni 2016\nIndieners Kees van der Staaij (SGP), Carla Dik-Faber (CU)\nBeantwoord door Edith Schippers', [
      { name: 'Kees van der Staaij', party: 'SGP' }, { name: 'Carla Dik-Faber', party: 'CU' },
    ]],
  ])('should read the askers of "%s"', (text, askers) => {
    expect(askersOf(text)).toEqual(askers);
  });

  it('should find none in a letter without questions', () => {
    expect(askersOf('Hierbij bied ik uw Kamer de voortgangsbrief aan.')).toEqual([]);
  });
});
