import type { MinistryChange } from '../ministries/ministry-lineage';
import { isCurrentMinistry, LineageRow, pageMembership, scoreOf, successorsOf, withSuccessors } from './ministry-board';

const belongsTo = (row: LineageRow, ministry: string, changes?: MinistryChange[]) => pageMembership(ministry, changes)(row);

const row = (overrides: Partial<LineageRow>): LineageRow => ({
  id: 'x', quote: 'Ik informeer uw Kamer.', vehicle: null, ownerRole: 'Minister', ownerName: null, ministry: 'Justitie en Veiligheid',
  status: 'open', deadlinePhrase: null, effectiveDue: '2021-01-01', dueSource: 'phrase', recurring: false, keptDay: null, fulfilledAt: null, fulfillingLetter: null,
  documentDate: '2020-06-30', repeatsCommitmentId: null, ...overrides,
});

describe('ministry lineage on pages', () => {
  it.each([
    ['Landbouw, Natuur en Voedselkwaliteit', false],
    ['Landbouw, Visserij, Voedselzekerheid en Natuur', true],
    ['Justitie en Veiligheid', true],
    // Merged away in 2010, but created again in the 2024 split: current.
    ['Economische Zaken', true],
    ['Economische Zaken en Klimaat', false],
  ])('should tell whether %s still exists (%s)', (name, current) => {
    expect(isCurrentMinistry(name)).toBe(current);
  });

  it.each([
    ['Landbouw, Natuur en Voedselkwaliteit', ['Landbouw, Visserij, Voedselzekerheid en Natuur']],
    ['Economische Zaken en Klimaat', ['Economische Zaken', 'Klimaat en Groene Groei']],
    ['Justitie en Veiligheid', []],
  ])('should find the current successors of %s', (name, successors) => {
    expect(successorsOf(name).sort()).toEqual(successors.sort());
  });

  it('should add successor pages for ministries that only exist under an old name', () => {
    expect(withSuccessors(['Landbouw, Natuur en Voedselkwaliteit'])).toEqual(['Landbouw, Natuur en Voedselkwaliteit', 'Landbouw, Visserij, Voedselzekerheid en Natuur']);
  });

  it('should send a promise of a split ministry to the successor its topic belongs to', () => {
    const changes: MinistryChange[] = [
      { date: '2024-07-02', kind: 'split', from: ['Oud'], to: ['Nieuw A', 'Nieuw B'], portfolios: { 'Nieuw B': ['energie'] }, certain: true },
    ];
    const energy = row({ ministry: 'Oud', quote: 'Ik stuur de energiebrief.' });
    const other = row({ ministry: 'Oud', quote: 'Ik stuur de visbrief.' });
    expect(belongsTo(energy, 'Nieuw B', changes)).toBe(true);
    expect(belongsTo(energy, 'Nieuw A', changes)).toBe(false);
    expect(belongsTo(other, 'Nieuw A', changes)).toBe(true);
    // A promise made under the old name after the split is odd data; it stays on the old name's page.
    expect(belongsTo(row({ ministry: 'Oud', documentDate: '2024-08-01' }), 'Nieuw A', changes)).toBe(false);
    expect(belongsTo(energy, 'Oud', changes)).toBe(true);
  });

  it('should leave a promise that moved to a split-off ministry off the page of the ministry that stayed', () => {
    const asylum = row({ quote: 'Ik informeer uw Kamer over de asielinstroom.', documentDate: '2023-01-10' });
    expect(belongsTo(asylum, 'Justitie en Veiligheid')).toBe(false);
    expect(belongsTo(asylum, 'Asiel en Migratie')).toBe(true);
    expect(belongsTo(row({ documentDate: '2023-01-10' }), 'Justitie en Veiligheid')).toBe(true);
  });
});

describe(scoreOf.name, () => {
  const today = '2021-03-01';

  it('should keep a default term and a recurring period out of overdue and the median delay', () => {
    const rows = [
      row({ id: 'promised', effectiveDue: '2021-01-01' }),
      row({ id: 'default', effectiveDue: '2015-01-01', dueSource: 'default' }),
      row({ id: 'yearly', effectiveDue: '2015-01-01', recurring: true }),
    ];
    expect(scoreOf('J', rows, today)).toMatchObject({ open: 3, overdue: 1, pastDefaultTerm: 1, medianDaysLate: 59 });
  });

  it('should count a restated promise once', () => {
    const rows = [row({ id: 'a' }), row({ id: 'b', repeatsCommitmentId: 'a' })];
    expect(scoreOf('J', rows, today)).toMatchObject({ open: 1, overdue: 1, medianDaysLate: 59 });
  });

  it('should split kept promises into on time and late, with the median delay over late and overdue ones', () => {
    const rows = [
      row({ id: 'late', status: 'fulfilled', effectiveDue: '2020-10-01', keptDay: '2020-12-01' }),
      row({ id: 'ontime', status: 'partially_fulfilled', effectiveDue: '2020-10-01', keptDay: '2020-09-01' }),
      row({ id: 'overdue', effectiveDue: '2020-07-02' }),
      row({ id: 'future', effectiveDue: '2021-12-01' }),
      row({ id: 'lapsed', status: 'lapsed' }),
    ];
    expect(scoreOf('J', rows, today)).toEqual({ ministry: 'J', open: 2, overdue: 1, pastDefaultTerm: 0, fulfilled: 2, keptOnTime: 1, keptLate: 1, lapsed: 1, medianDaysLate: 152 });
  });
});
