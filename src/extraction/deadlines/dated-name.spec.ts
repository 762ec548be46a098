import { deadlineInName } from './dated-name';

describe(deadlineInName.name, () => {
  it.each([
    ['voortgangsbrief forensische zorg van juni 2023', '2022-11-01', 'juni 2023', '2023-06-30'],
    ['Monitor Jeugdbescherming van December 2025', '2025-03-01', 'december 2025', '2025-12-31'],
    ['kwartaalrapportage van februari 2024', '2024-02-10', 'februari 2024', '2024-02-29'],
  ])('dates %s (document of %s) by the end of its month', (vehicle, doc, text, due) => {
    const sentence = `ik zal u informeren in de ${vehicle.toLowerCase()}.`;
    expect(deadlineInName(vehicle, sentence, doc)).toMatchObject({ text, due, index: sentence.indexOf(text) });
  });

  it.each([
    ['brief van mei', '2023-01-01'], // no year: more often a letter already sent
    ['voortgangsbrief van juni 2021', '2023-01-01'], // already past
    ['brief van 27 mei 2024', '2024-01-01'], // a day: a dated letter, not a periodic one
    ['rapport van juni 2024 over de zorg', '2024-01-01'], // the month does not close the name
    ['rapportage', '2024-01-01'],
  ])('gives no deadline for %s (document of %s)', (vehicle, doc) => {
    expect(deadlineInName(vehicle, `ik zal u informeren in de ${vehicle}.`, doc)).toBeNull();
  });

  it('gives none without a vehicle, or for a vehicle named in another sentence', () => {
    expect(deadlineInName(null, 'ik zal u informeren in juni 2024.', '2024-01-01')).toBeNull();
    expect(deadlineInName('voortgangsbrief van juni 2024', 'daarin zal ik ingaan op uw vragen.', '2024-01-01')).toBeNull();
  });
});
