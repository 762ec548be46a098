import { resolveDeadline } from './resolve';

describe('resolveDeadline', () => {
  it.each([
    // explicit dates, with and without a year; a date already past means next year
    ['voor 1 april', '2020-02-18', '2020-04-01'],
    ['vóór 15 maart', '2021-06-01', '2022-03-15'],
    ['op vrijdag 13 september 2024', '2024-09-12', '2024-09-13'],
    ['van 27 mei a.s.', '2014-04-14', '2014-05-27'],
    ['voor het commissiedebat van 21 april 2027', '2027-03-01', '2027-04-21'],
    ['rond 16:00', '2020-11-10', '2020-11-10'],
    // months
    ['eind oktober', '2020-09-18', '2020-10-31'],
    ['eind oktober', '2020-11-18', '2021-10-31'],
    ['begin februari 2014', '2013-12-16', '2014-02-10'],
    ['uiterlijk februari 2020', '2019-11-01', '2020-02-29'],
    ['in september', '2023-05-02', '2023-09-30'],
    ['medio maart', '2022-01-10', '2022-03-15'],
    // recesses and seasons (zomerreces 2024 starts Fri 5 Jul; 2013 Fri 5 Jul)
    ['voor de zomer', '2024-05-17', '2024-07-04'],
    ['voor het zomerreces', '2024-04-24', '2024-07-04'],
    ['voor de zomer', '2013-03-18', '2013-07-04'],
    ['voor de zomer', '2024-07-04', '2024-07-04'],
    ['voor de zomer', '2024-08-13', '2025-07-03'],
    ['voor het kerstreces', '2023-10-01', '2023-12-21'],
    ['uiterlijk voor het einde van het meireces', '2024-03-01', '2024-05-13'],
    ['eind van het kerstreces', '2023-10-01', '2024-01-15'],
    ['na de zomer', '2022-03-01', '2022-09-30'],
    ['na de zomer', '2022-10-05', '2023-09-30'],
    ['in de zomer', '2021-04-01', '2021-08-31'],
    ['rond de zomer', '2021-04-01', '2021-08-31'],
    ['in het voorjaar', '2019-01-15', '2019-06-20'],
    ['dit najaar', '2018-08-17', '2018-12-20'],
    ['in het najaar', '2018-12-27', '2019-12-20'],
    ['voor Prinsjesdag', '2023-05-01', '2023-09-19'],
    ['voor Prinsjesdag', '2023-10-01', '2024-09-17'],
    // years, quarters, halves
    ['voor het einde van het jaar', '2021-03-03', '2021-12-31'],
    ['eind dit jaar', '2017-11-13', '2017-12-31'],
    ['eind 2023', '2023-08-17', '2023-12-31'],
    ['begin volgend jaar', '2019-10-01', '2020-03-31'],
    ['in het eerste kwartaal', '2020-05-01', '2021-03-31'],
    ['uiterlijk in het eerste kwartaal van 2026', '2025-12-08', '2026-03-31'],
    ['in het derde kwartaal', '2020-05-01', '2020-09-30'],
    ['medio 2021', '2020-11-01', '2021-06-30'],
    ['in de tweede helft van dit jaar', '2022-02-01', '2022-12-31'],
    ['volgend jaar', '2022-02-01', '2023-12-31'],
    ['voor de zomervakantie', '2024-05-17', '2024-07-04'],
    ['na de zomervakantie', '2022-03-01', '2022-09-30'],
    ['in de tweede helft van augustus', '2023-03-15', '2023-08-31'],
    ['in de eerste helft van maart', '2023-03-01', '2023-03-15'],
    ['de tweede helft van 2023', '2023-03-15', '2023-12-31'],
    ['voor de jaarwisseling', '2023-03-15', '2023-12-31'],
    ['ultimo 2023', '2023-03-15', '2023-12-31'],
    ['ultimo maart', '2023-01-15', '2023-03-31'],
    ['half 2024', '2023-03-15', '2024-06-30'],
    ['maart/april 2026', '2025-12-01', '2026-04-30'],
    ['in mei-juni', '2024-02-01', '2024-06-30'],
    ['september of oktober', '2024-02-01', '2024-10-31'],
    ['december/januari', '2024-11-01', '2025-01-31'],
    ['december/januari 2025', '2024-11-01', '2025-01-31'],
    // relative
    ['binnen drie weken', '2020-06-30', '2020-07-21'],
    ['binnen twee maanden', '2020-12-31', '2021-02-28'],
    ['volgende week', '2024-03-06', '2024-03-17'],
    ['deze week', '2024-03-06', '2024-03-10'],
    // no date
    ['binnenkort', '2024-03-06', null],
    ['zo spoedig mogelijk', '2024-03-06', null],
    ['op korte termijn', '2024-03-06', null],
    ['te zijner tijd', '2024-03-06', null],
    ['in het nieuwe jaar', '2019-11-21', null],
    ['kort na de behandeling van de begroting', '2024-10-08', null],
    ['de komende weken', '2013-12-16', null],
    ['kort na Prinsjesdag', '2024-03-06', null],
    ['de brief van 21 april 2027', '2027-05-01', null],
  ])('%s (document %s) → %s', (phrase, doc, due) => {
    expect(resolveDeadline(phrase, doc).due).toBe(due);
  });

  it('prefers a firm limit over "zo spoedig mogelijk"', () => {
    expect(resolveDeadline('zo spoedig mogelijk, maar uiterlijk eind maart', '2024-01-10').due).toBe('2024-03-31');
  });

  it('explains in Dutch', () => {
    expect(resolveDeadline('voor de zomer', '2020-03-01').explanation).toBe('dag voor het zomerreces 2020');
  });

  it('rejects an invalid document date', () => {
    expect(resolveDeadline('voor de zomer', '2020-13-01').due).toBeNull();
  });
});
