import { documentKindOfSoort, dossierNumberOf, initialsFirst, ministryOfFunction, registerStatus, tkDay } from './tk-mapping';

describe(registerStatus.name, () => {
  it.each([
    ['Openstaand', 'open'],
    ['Afgedaan', 'fulfilled'],
    ['Voldaan', 'fulfilled'],
    ['Deels Afgedaan', 'partially_fulfilled'],
    ['Deels  voldaan', 'partially_fulfilled'],
    ['Vervallen', 'lapsed'],
    ['', 'open'],
    [null, 'open'],
    ['In behandeling', 'open'],
  ])('should map the register status %p to %p', (raw, status) => {
    expect(registerStatus(raw)).toBe(status);
  });
});

describe(tkDay.name, () => {
  it.each([
    ['2019-04-24T00:00:00+02:00', '2019-04-24'],
    ['2019-08-12T12:56:35.4070000', '2019-08-12'],
    ['0001-01-01T00:00:00Z', null],
    [null, null],
  ])('should read %p as %p', (value, day) => {
    expect(tkDay(value)).toBe(day);
  });
});

describe(documentKindOfSoort.name, () => {
  it.each([
    ['Antwoord schriftelijke vragen', 'answer'],
    ['Antwoord schriftelijke vragen (nader)', 'answer'],
    ['Mededeling (uitstel antwoord)', 'postponement'],
    ['Schriftelijke vragen', 'questions'],
    ['Brief regering', 'letter'],
    ['Motie', null],
  ])('should keep %p as %p', (soort, kind) => {
    expect(documentKindOfSoort(soort)).toBe(kind);
  });
});

describe(ministryOfFunction.name, () => {
  it('should take the ministry from a Functie', () => {
    expect(ministryOfFunction('minister van Onderwijs, Cultuur en Wetenschap')).toBe('Onderwijs, Cultuur en Wetenschap');
    expect(ministryOfFunction('Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking')).toBe('Buitenlandse Handel en Ontwikkelingssamenwerking');
    expect(ministryOfFunction('Tweede Kamerlid')).toBeNull();
  });
});

describe(initialsFirst.name, () => {
  it.each([
    ['Madlener, B.', 'B. Madlener'],
    ['Graaf, Th.C. de', 'Th.C. de Graaf'],
    ['Schreinemacher,  E.N.A.J.', 'E.N.A.J. Schreinemacher'],
    ['E. Heinen', 'E. Heinen'],
  ])('should write %p as %p', (name, written) => {
    expect(initialsFirst(name)).toBe(written);
  });
});

describe(dossierNumberOf.name, () => {
  it('should write a dossier with its part the way documents cite it', () => {
    expect(dossierNumberOf({ number: '36200', addition: 'IX' })).toBe('36200-IX');
    expect(dossierNumberOf({ number: '30218', addition: null })).toBe('30218');
    expect(dossierNumberOf({ number: null, addition: 'IX' })).toBeNull();
  });
});
