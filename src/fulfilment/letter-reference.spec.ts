import { parseLetterReference } from './letter-reference';

describe(parseLetterReference.name, () => {
  it.each([
    ['2021D12345', { kind: 'number', number: '2021D12345' }],
    [' 2021d12345 ', { kind: 'number', number: '2021D12345' }],
    ['https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2021Z01234&did=2021D12345', { kind: 'url' }],
    ['https://zoek.officielebekendmakingen.nl/kst-29279-331.html', { kind: 'url' }],
  ])('should accept %s', (input, expected) => {
    expect(parseLetterReference(input)).toMatchObject(expected);
  });

  it.each([
    ['21D12345'],
    ['2021D1234'],
    ['https://evil.example/tweedekamer.nl'],
    ['https://tweedekamer.nl.evil.example/x'],
    ['javascript:alert(1)'],
    ['ftp://tweedekamer.nl/x'],
    ['https://user:pass@tweedekamer.nl/x'],
    [''],
  ])('should reject %s', (input) => {
    expect(parseLetterReference(input)).toBeNull();
  });
});
