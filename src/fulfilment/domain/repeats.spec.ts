import { PromiseFacts, restatedPromise } from './repeats';

const OLD: PromiseFacts = {
  id: 'old', ownerRole: 'Minister van Landbouw, Natuur en Voedselkwaliteit', ministry: 'Landbouw, Natuur en Voedselkwaliteit',
  vehicle: 'evaluatie van de Meststoffenwet', quote: 'Uw Kamer ontvangt in het najaar de evaluatie van de Meststoffenwet.', documentId: 'd1', documentDate: '2022-03-01',
};
const fresh = (overrides: Partial<PromiseFacts>): PromiseFacts => ({
  ...OLD, id: 'new', documentId: 'd2', documentDate: '2023-02-01', quote: 'De evaluatie van de Meststoffenwet ontvangt uw Kamer voor de zomer.', ...overrides,
});

describe(restatedPromise.name, () => {
  it.each([
    ['same office, same vehicle, later answer', fresh({}), 'old'],
    ['the same office after the 2024 rename', fresh({ ownerRole: 'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur', ministry: 'Landbouw, Visserij, Voedselzekerheid en Natuur', documentDate: '2024-10-01' }), 'old'],
    ['another ministry', fresh({ ownerRole: 'Minister van Infrastructuur en Waterstaat', ministry: 'Infrastructuur en Waterstaat' }), null],
    ['another vehicle', fresh({ vehicle: 'voortgangsbrief over de derogatie', quote: 'In de voortgangsbrief over de derogatie informeer ik u.' }), null],
    ['a promise from the same document', fresh({ documentId: 'd1' }), null],
    ['no vehicle', fresh({ vehicle: null }), null],
    ['an earlier document than the open one', fresh({ documentDate: '2021-01-01' }), null],
  ])('%s', (_name, promise, expected) => {
    expect(restatedPromise(promise, [OLD])?.id ?? null).toBe(expected);
  });
});
