import { officialSourceOf } from './official-source';

describe(officialSourceOf.name, () => {
  it('should link an answer to its Aanhangsel', () => {
    expect(officialSourceOf({ sessionYear: '2019-2020', appendixNumber: '3349' })).toEqual({
      label: 'Aanhangsel van de Handelingen 2019-2020, nr. 3349',
      url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20192020-3349.html',
    });
  });

  it('should link a letter to its Kamerstuk', () => {
    expect(officialSourceOf({ sessionYear: null, appendixNumber: null, kamerstukDossier: '35300-X', kamerstukNumber: '61' })).toEqual({
      label: 'Kamerstuk 35 300 X, nr. 61',
      url: 'https://zoek.officielebekendmakingen.nl/kst-35300-X-61.html',
    });
  });

  it('should give nothing for a document without an official number', () => {
    expect(officialSourceOf({ sessionYear: '2019-2020', appendixNumber: null })).toBeNull();
  });
});
