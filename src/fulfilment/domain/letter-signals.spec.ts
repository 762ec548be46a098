import { ministryKey } from '../../ministries/ministry-lineage';
import { readLetter } from './letter-signals';

const letterOf = (ministry: string | null) => readLetter({ text: 'Hierbij stuur ik uw Kamer de prognoses.', title: null, date: '2022-12-15', ministry });

describe('a letter speaks for its office and its department', () => {
  it.each([
    ['Primair en Voortgezet Onderwijs', 'Onderwijs, Cultuur en Wetenschap'],
    ['Medische Zorg', 'Volksgezondheid, Welzijn en Sport'],
    ['Rechtsbescherming', 'Justitie en Veiligheid'],
  ])('a letter of the minister voor %s counts as one of %s (where promises are filed)', (office, department) => {
    const family = letterOf(office).ministryFamily;
    expect(family).toContain(ministryKey(office));
    expect(family).toContain(ministryKey(department));
  });

  it('a department letter does not speak for another department', () => {
    expect(letterOf('Financiën').ministryFamily).not.toContain(ministryKey('Onderwijs, Cultuur en Wetenschap'));
  });

  it('a letter without a ministry has no family', () => {
    expect(letterOf(null).ministryFamily).toEqual([]);
  });
});
