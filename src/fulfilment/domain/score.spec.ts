import { readLetter } from './letter-signals';
import { CandidateCommitment, decide, scoreCandidate } from './score';

const ANSWER_8: CandidateCommitment = {
  id: 'c8',
  quote: 'Ik zal de Kamer in de voortgangsbrief van het programma Samen tegen mensenhandel informeren over de uitkomsten van de gesprekken met de Britse collega’s.',
  vehicle: 'voortgangsbrief van het programma Samen tegen mensenhandel',
  answerLabel: '8',
  ministry: 'Justitie en Veiligheid',
  deadlinePhrase: null,
  registerNumber: null,
  source: {
    documentId: 'd1',
    number: '2020D27320',
    appendixNumber: '3349',
    sessionYear: '2019-2020',
    caseNumber: '2020Z09415',
    title: 'het rapport van het Centrum tegen Kinderhandel en Mensenhandel',
    date: '2020-06-30',
    askers: ['Kuik', 'Rog', 'Van Toorenburg'],
  },
  topic: 0.4,
};
const ANSWER_5: CandidateCommitment = { ...ANSWER_8, id: 'c5', answerLabel: '5 en 6', vehicle: null, quote: 'Ik zal de registratiesystemen bespreken met het OM en de RvdR.' };

const letter = (text: string, overrides: Partial<{ date: string; ministry: string; title: string }> = {}) =>
  readLetter({ text, title: overrides.title ?? null, date: overrides.date ?? '2020-11-12', ministry: overrides.ministry ?? 'Justitie en Veiligheid' });

describe(scoreCandidate.name, () => {
  it.each([
    ['cites the Aanhangsel number and the vehicle', 'Hierbij bied ik u de voortgangsbrief van het programma Samen tegen mensenhandel aan (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349).', ANSWER_8, 'auto'],
    ['cites the document number and the answer', 'In antwoord op vraag 8 (2020D27320) heb ik toegezegd u te informeren.', ANSWER_8, 'auto'],
    ['cites askers and subject and the answer', 'In antwoord op vraag 8 van de leden Kuik, Rog en Van Toorenburg over het rapport van het Centrum tegen Kinderhandel en Mensenhandel heb ik toegezegd u te informeren.', ANSWER_8, 'auto'],
    ['cites the zaak number', 'Zoals toegezegd bij zaak 2020Z09415 stuur ik u de voortgangsbrief van het programma Samen tegen mensenhandel.', ANSWER_8, 'auto'],
    ['cites the source but another answer', 'In antwoord op vraag 8 (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349) heb ik toegezegd u te informeren.', ANSWER_5, 'suggest'],
    ['cites another Aanhangsel number', 'Zoals toegezegd (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3166) stuur ik de voortgangsbrief van het programma Samen tegen mensenhandel.', ANSWER_8, 'suggest'],
    ['names the vehicle without citation', 'Hierbij bied ik u de voortgangsbrief van het programma Samen tegen mensenhandel aan.', ANSWER_8, 'suggest'],
    ['only shares the topic', 'Over mensenhandel en uitbuiting.', { ...ANSWER_8, topic: 0.2 }, 'drop'],
  ])('%s → %s', (_name, text, candidate, expected) => {
    const score = scoreCandidate(letter(text), candidate);
    expect(score && decide(score)).toBe(expected);
  });

  it('should never suggest a letter older than the promise', () => {
    expect(scoreCandidate(letter('Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349', { date: '2020-05-01' }), ANSWER_8)).toBeNull();
  });

  it('should keep the matched phrases as reasons', () => {
    const score = scoreCandidate(letter('Hiermee doe ik mijn toezegging gestand (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349).'), ANSWER_8);
    expect(score?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['citation', 'self_label', 'ministry', 'topic']));
    expect(score?.reasons.find((r) => r.kind === 'citation')?.phrase).toBe('Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349');
    expect(score?.reasons.find((r) => r.kind === 'self_label')?.phrase).toMatch(/toezegging gestand/);
  });

  it.each([
    ['Deze brief geeft de voortgang deels weer.', true],
    ['Op de overige punten kom ik in een volgende brief terug.', true],
    ['Dit wordt grotendeels verklaard door de coronamaatregelen.', false],
    ['Hiermee informeer ik uw Kamer volledig.', false],
  ])('partial in «%s»: %s', (text, partial) => {
    expect(scoreCandidate(letter(`${text} Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349`), ANSWER_8)?.partial).toBe(partial);
  });

  it.each([
    ['Zoals toegezegd stuur ik u de brief.', 'Zoals toegezegd'],
    ['Ik heb uw Kamer toegezegd te informeren.', 'Ik heb uw Kamer toegezegd'],
    ['Hiermee doe ik mijn toezegging gestand.', 'Hiermee doe ik mijn toezegging gestand'],
    ['In antwoord op de vragen van het lid Omtzigt heb ik toegezegd te rapporteren.', 'In antwoord op de vragen van het lid Omtzigt heb ik toegezegd'],
    ['Toezegging\nIn het debat …', 'Toezegging'],
  ])('self-label in «%s»', (text, phrase) => {
    expect(letter(text).selfLabels[0]).toBe(phrase);
  });
});

// Real promises and letters (test/fixtures/fulfilment-real).
const NOTITIE: CandidateCommitment = {
  id: 'n85',
  quote: 'Ik streef ernaar u de notitie voor 1 april 2020 te doen toekomen, waar ik eerder in mijn beantwoording nog uitging van voor de zomer van 2020 (Handelingen II 2019/20, nr. 18, item 8).',
  vehicle: 'beantwoording',
  answerLabel: null,
  ministry: 'Binnenlandse Zaken en Koninkrijksrelaties',
  deadlinePhrase: 'voor 1 april 2020',
  registerNumber: null,
  source: {
    documentId: 'kst-35300-VII-85', number: null, appendixNumber: null, sessionYear: null, caseNumber: null,
    kamerstukDossier: '35300-VII', kamerstukNumber: '85', title: null, date: '2019-11-27', askers: [],
  },
  topic: 0.26,
};
const OMBUDSMAN: CandidateCommitment = {
  id: 'o3',
  quote: 'Ik stuur u in september een brief met een reactie op de jaarverslagen van de Nationale ombudsman en de Kinderombudsman.',
  vehicle: 'brief met een reactie op de jaarverslagen van de Nationale ombudsman en de Kinderombudsman',
  answerLabel: null,
  ministry: 'Binnenlandse Zaken en Koninkrijksrelaties',
  deadlinePhrase: 'in september',
  registerNumber: null,
  source: {
    documentId: 'kst-35388-3', number: null, appendixNumber: null, sessionYear: null, caseNumber: null,
    kamerstukDossier: '35388', kamerstukNumber: '3', title: 'Jaarverslag van de Nationale ombudsman, de Kinderombudsman en de Veteranenombudsman over 2019',
    date: '2020-06-25', askers: [],
  },
  topic: 0.6,
};
const bzk = (text: string, date: string, kamerstukDossier: string | null = null) =>
  readLetter({ text, title: null, date, ministry: 'Binnenlandse Zaken en Koninkrijksrelaties', kamerstukDossier });

describe('real citations and sendings', () => {
  it('a letter that cites the promise by Kamerstuk and says it is the promised notitie links it', () => {
    // openkamer 35300-VII-128
    const score = scoreCandidate(
      bzk(
        'Bij brief van 27 november 2019 (Kamerstuk 35 300 VII, nr. 85) heeft mijn ambtsvoorganger u bericht over hoe de motie zal worden uitgevoerd en dat uw Kamer daartoe een notitie zal ontvangen over de verschillende varianten voor tussentijdse raadsontbinding. Deze brief strekt daartoe.',
        '2020-06-25',
      ),
      NOTITIE,
    );
    expect(score?.reasons.filter((r) => r.kind === 'citation').map((r) => r.phrase)).toEqual(['Kamerstuk 35 300 VII, nr. 85', 'Bij brief van 27 november 2019']);
    expect(score && decide(score)).toBe('auto');
  });

  it('a letter that cites the promise to postpone it keeps nothing by itself', () => {
    // kst-35300-VII-113: no sign of keeping (no self-label, nothing sent)
    const score = scoreCandidate(
      bzk(
        'Bij brief van 27 november 2019 heb ik u bericht over hoe de motie zal worden uitgevoerd en dat ik Uw Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen over de verschillende varianten (Kamerstuk 35 300 VII, nr. 85). Het is helaas niet mogelijk gebleken om dit binnen de gestelde termijn te doen.',
        '2020-04-06',
      ),
      NOTITIE,
    );
    expect(score?.explicitCitation).toBe(true);
    expect(score && decide(score)).toBe('suggest');
  });

  it('a letter cited by its date ("Per brief van 25 juni 2020") is an explicit citation within the ministry', () => {
    // parlementairemonitor 35388 nr. 4
    const text =
      'Per brief van 25 juni 20201 heb ik aangegeven dat u deze reactie na de zomer ontvangt. Mede namens de Minister van Volksgezondheid, Welzijn en Sport stuur ik u deze reactie op het jaarverslag, waarin ik in ga op het werk van de Nationale ombudsman.';
    const score = scoreCandidate(bzk(text, '2020-11-03', '35388'), OMBUDSMAN);
    expect(score?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['citation', 'sends']));
    expect(score && decide(score)).toBe('auto');
    const otherMinistry = scoreCandidate(readLetter({ text, title: null, date: '2020-11-03', ministry: 'Defensie' }), OMBUDSMAN);
    expect(otherMinistry?.explicitCitation).toBe(false);
  });

  it("another year's report of the same kind is a counter-sign, not a keeping", () => {
    // tweedekamer 36747-4
    const score = scoreCandidate(
      bzk('Met deze brief reageer ik namens het demissionaire kabinet op het Jaarverslag 2024 van de Nationale ombudsman en van de Kinderombudsman.', '2025-11-13'),
      OMBUDSMAN,
    );
    expect(score?.reasons.map((r) => r.kind)).toContain('other_year');
    expect(score && decide(score)).not.toBe('auto');
  });

  it('a letter that doubts the date never links, and an unconfirmed promise is only suggested', () => {
    // kst-34775-X-87
    const doubting = bzk('(Kamerstuk 35 300 VII, nr. 85) Het staat momenteel nog niet vast of aan deze verwachting voldaan kan worden. Deze brief strekt daartoe.', '2020-06-25');
    expect(doubting.doubts).toHaveLength(1);
    expect(decide(scoreCandidate(doubting, NOTITIE)!)).toBe('suggest');
    const sending = bzk('Bij brief van 27 november 2019 (Kamerstuk 35 300 VII, nr. 85) … dat uw Kamer daartoe een notitie zal ontvangen. Deze brief strekt daartoe.', '2020-06-25');
    expect(decide(scoreCandidate(sending, NOTITIE)!)).toBe('auto');
    expect(decide(scoreCandidate(sending, { ...NOTITIE, unconfirmed: true })!)).toBe('suggest');
  });

  it('the same dossier is a weak signal, never a citation', () => {
    // kst-35228-33 cites nr. 4 of its dossier, the promise stands in nr. 6
    const promise: CandidateCommitment = {
      ...OMBUDSMAN, id: 'p6', quote: 'Wij zijn voornemens u in het najaar nader te berichten.', vehicle: null, ministry: 'Sociale Zaken en Werkgelegenheid',
      source: { ...OMBUDSMAN.source, kamerstukDossier: '35228', kamerstukNumber: '6', title: null, date: '2020-08-11' },
    };
    const letter = readLetter({
      text: 'reageert het kabinet in deze brief op het eindverslag «(On)zichtbare invloed» van de parlementaire ondervragingscommissie (Kamerstuk 35 228, nr. 4).',
      title: null, date: '2020-11-23', ministry: 'Sociale Zaken en Werkgelegenheid', kamerstukDossier: '35228',
    });
    const score = scoreCandidate(letter, promise);
    expect(score?.explicitCitation).toBe(false);
    expect(score?.reasons.find((r) => r.kind === 'dossier')?.weight).toBe(0.1);
  });
});
