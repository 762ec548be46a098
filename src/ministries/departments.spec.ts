import { departmentOf } from './departments';

describe(departmentOf.name, () => {
  it.each([
    ['Medische Zorg', 'Volksgezondheid, Welzijn en Sport'],
    ['Rechtsbescherming', 'Justitie en Veiligheid'],
    ['Ministerie van Primair en Voortgezet Onderwijs', 'Onderwijs, Cultuur en Wetenschap'],
    ['Buitenlandse Handel en Ontwikkelingssamenwerking', 'Buitenlandse Zaken'],
    ['Justitie en Veiligheid', 'Justitie en Veiligheid'],
    ['Volkshuisvesting en Ruimtelijke Ordening', 'Volkshuisvesting en Ruimtelijke Ordening'],
  ])('should put %s in %s', (ministry, department) => {
    expect(departmentOf(ministry)).toBe(department);
  });
});
