import { listCacheKey } from './commitment-list-cache';

describe('listCacheKey', () => {
  it('should give the same key for the same filters in any order, with absent values left out', () => {
    const a = listCacheKey({ filters: { status: ['open', 'lapsed'], ministry: 'Financiën', q: undefined }, today: '2021-03-01', page: 1, pageSize: 20 });
    const b = listCacheKey({ pageSize: 20, page: 1, today: '2021-03-01', filters: { ministry: 'Financiën', status: ['lapsed', 'open'], owner: '' } });
    expect(a).toBe(b);
  });

  it.each([
    ['another filter value', { filters: { ministry: 'Defensie' }, today: '2021-03-01', page: 1, pageSize: 20 }],
    ['another day (what is overdue changes)', { filters: { ministry: 'Financiën' }, today: '2021-03-02', page: 1, pageSize: 20 }],
    ['another page', { filters: { ministry: 'Financiën' }, today: '2021-03-01', page: 2, pageSize: 20 }],
    ['an extra filter', { filters: { ministry: 'Financiën', overdue: false }, today: '2021-03-01', page: 1, pageSize: 20 }],
  ])('should give a different key for %s', (_, parts) => {
    expect(listCacheKey(parts)).not.toBe(listCacheKey({ filters: { ministry: 'Financiën' }, today: '2021-03-01', page: 1, pageSize: 20 }));
  });
});
