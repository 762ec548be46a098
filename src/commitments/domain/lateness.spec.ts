import { currentPeriodDue, latenessOf, termLabel } from './lateness';

describe(latenessOf.name, () => {
  const today = '2026-12-03';
  const open = { status: 'open', effectiveDue: '2020-09-28', dueSource: 'phrase', recurring: false, text: 'Ik zal uw Kamer informeren.' };

  it('should call a promised date that passed late, counted from that date', () => {
    expect(latenessOf(open, today)).toMatchObject({ kind: 'promised', past: true, days: 2257 });
  });

  it('should class a default term apart from promised dates', () => {
    expect(latenessOf({ ...open, dueSource: 'default' }, today)).toMatchObject({ kind: 'default', past: true });
  });

  it('should count a yearly promise late from this period only, not for years', () => {
    const yearly = latenessOf({ ...open, recurring: true, effectiveDue: '2021-06-01', text: 'jaarlijkse voortgangsbrief' }, today);
    expect(yearly).toMatchObject({ kind: 'recurring', cadence: 'jaarlijks', countedFrom: '2026-06-01', days: 185 });
  });

  it.each([
    ['halfjaarlijks', '2026-08-01'],
    ['elk kwartaal', '2026-11-01'],
    ['voortgangsbrief', '2026-02-01'],
  ])('should read the period of "%s"', (text, countedFrom) => {
    expect(latenessOf({ ...open, recurring: true, effectiveDue: '2021-02-01', text }, today).countedFrom).toBe(countedFrom);
  });
});

describe(currentPeriodDue.name, () => {
  it('should keep a first date that is still ahead', () => {
    expect(currentPeriodDue('2027-01-31', 1, '2026-12-03')).toBe('2027-01-31');
  });

  it('should clamp to the end of a shorter month', () => {
    expect(currentPeriodDue('2026-01-31', 1, '2026-03-15')).toBe('2026-02-28');
  });
});

describe(termLabel.name, () => {
  it.each([[90, '3 maanden'], [30, '1 maand'], [45, '45 dagen'], [1, '1 dag']])('should say %d days as "%s"', (days, label) => {
    expect(termLabel(days)).toBe(label);
  });
});
