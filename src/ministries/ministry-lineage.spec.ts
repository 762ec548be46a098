import { currentMinistry, currentOffice, MINISTRY_CHANGES, ministryWithPredecessors } from './ministry-lineage';

describe('ministry lineage', () => {
  it.each([
    ['Landbouw, Natuur en Voedselkwaliteit', '2021-03-01', 'mestbeleid', 'Landbouw, Visserij, Voedselzekerheid en Natuur'],
    ['Economische Zaken en Klimaat', '2022-05-01', 'de voortgang van de gaswinning in Groningen', 'Klimaat en Groene Groei'],
    ['Economische Zaken en Klimaat', '2022-05-01', 'het mkb-beleid en exportkredieten', 'Economische Zaken'],
    ['Binnenlandse Zaken en Koninkrijksrelaties', '2023-01-10', 'de woningbouwimpuls', 'Volkshuisvesting en Ruimtelijke Ordening'],
    ['Binnenlandse Zaken en Koninkrijksrelaties', '2023-01-10', 'de Wet open overheid', 'Binnenlandse Zaken en Koninkrijksrelaties'],
    ['Justitie en Veiligheid', '2023-06-01', 'de opvang van asielzoekers', 'Asiel en Migratie'],
    ['Justitie en Veiligheid', '2020-06-30', 'mensenhandel', 'Justitie en Veiligheid'],
    ['Veiligheid en Justitie', '2015-02-01', 'mensenhandel', 'Justitie en Veiligheid'],
    ['Economische Zaken', '2015-02-01', 'stikstof en natuur', 'Landbouw, Visserij, Voedselzekerheid en Natuur'],
    ['Ministerie van Economische Zaken', '2025-01-01', 'exportkredieten', 'Economische Zaken'],
    ['Landbouw, Visserij, Voedselzekerheid en Natuur', '2024-09-01', 'visserij', 'Landbouw, Visserij, Voedselzekerheid en Natuur'],
  ])('%s (%s, about %s) is now %s', (ministry, since, topic, expected) => {
    expect(currentMinistry(ministry, since, topic)).toBe(expected);
  });

  it('should not apply a change dated on or before the promise', () => {
    expect(currentMinistry('Economische Zaken', '2017-10-26', 'landbouw')).toBe('Economische Zaken');
  });

  it('should include predecessors in a ministry filter', () => {
    expect(ministryWithPredecessors('Landbouw, Visserij, Voedselzekerheid en Natuur')).toEqual(
      expect.arrayContaining(['landbouw, natuur en voedselkwaliteit', 'economische zaken', 'economische zaken, landbouw en innovatie']),
    );
    expect(ministryWithPredecessors('Klimaat en Groene Groei')).toContain('economische zaken en klimaat');
    expect(ministryWithPredecessors('Onderwijs, Cultuur en Wetenschap')).toEqual(['onderwijs, cultuur en wetenschap']);
  });

  it('should rewrite the office for the current ministry', () => {
    expect(currentOffice({ role: 'Minister van Landbouw, Natuur en Voedselkwaliteit', ministry: 'Landbouw, Natuur en Voedselkwaliteit' }, '2021-01-01', '')).toEqual({
      role: 'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur',
      ministry: 'Landbouw, Visserij, Voedselzekerheid en Natuur',
    });
    expect(currentOffice({ role: 'Staatssecretaris van Justitie en Veiligheid', ministry: 'Justitie en Veiligheid' }, '2020-06-30', 'mensenhandel')).toBeNull();
  });

  it('should skip entries marked uncertain', () => {
    expect(MINISTRY_CHANGES.every((change) => change.certain)).toBe(true);
    expect(currentMinistry('Sociale Zaken en Werkgelegenheid', '2023-01-01', 'inburgering')).toBe('Sociale Zaken en Werkgelegenheid');
  });
});

describe('ministry portfolio keywords', () => {
  it('should not read a short keyword inside a longer word', () => {
    expect(currentMinistry('Justitie en Veiligheid', '2023-06-01', 'het indienen van een wetsvoorstel')).toBe('Justitie en Veiligheid');
    expect(currentMinistry('Justitie en Veiligheid', '2023-06-01', 'de IND-werkvoorraad')).toBe('Asiel en Migratie');
  });
});
