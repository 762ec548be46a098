import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseDocument } from '../../extraction';
import { ObXmlError, readObAnswerXml } from './ob-answer-xml';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

const publication = (body: string, root = '<officiele-publicatie>', end = '</officiele-publicatie>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}${body}${end}`;

/** Lines of a text without the blank ones: what a test compares. */
const linesOf = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe(readObAnswerXml.name, () => {
  it('should read a publication in document order: header lines, labelled questions and answers, remark, signature, notes', () => {
    const answer = readObAnswerXml(fixture('ob/ah-tk-20232024-1456.constructed.xml'));
    expect(linesOf(answer.text)).toEqual([
      'Tweede Kamer der Staten-Generaal',
      'Vergaderjaar 2023–2024',
      'Aanhangsel van de Handelingen',
      'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
      '1456',
      'Vragen van het lid Jansen (GL-PvdA) aan de Minister van Financiën over de hersteloperatie (ingezonden 28 februari 2024).',
      'Antwoord van Minister Heinen (Financiën) (ontvangen 10 april 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1398.',
      'Vraag 1',
      'Bent u bereid de Kamer te informeren over de voortgang van de hersteloperatie?',
      'Antwoord 1',
      'Ik zal uw Kamer voor de zomer informeren over de voortgang van de hersteloperatie.',
      'Vraag 2',
      'Wanneer verschijnt de evaluatie?',
      'Vraag 3',
      'Wordt in de evaluatie ook de klanttevredenheid van gedupeerde ouders onderzocht?',
      'Antwoord 2 en 3',
      'De evaluatie stuur ik uw Kamer uiterlijk in het najaar van 2024 toe.',
      'De klanttevredenheid wordt door een onafhankelijk bureau onderzocht. De uitkomsten van dat onderzoek stuur ik uw Kamer voor 1 december 2024 toe.',
      'Mededeling',
      'De beantwoording heeft langer geduurd dan de gebruikelijke termijn omdat afstemming met andere betrokken partijen meer tijd vroeg.',
      'De Minister van Financiën,',
      'E. Heinen',
      'Noten',
      '  1. Kamerstuk 31 066, nr. 1350.',
      '  2. Zie www.example.org/evaluatie.',
    ]);
    expect(answer).toMatchObject({ questions: 3, answers: 2 });
  });

  it('should give the extractor what it reads in a PDF answer: header, blocks and commitments with their labels', () => {
    const analysis = analyseDocument(readObAnswerXml(fixture('ob/ah-tk-20232024-1456.constructed.xml')).text, { received: '2024-04-10' });
    expect(analysis.header).toMatchObject({
      kind: 'answer', sessionYear: '2023-2024', appendixNumber: '1456', askers: ['Jansen'],
      office: { role: 'Minister van Financiën', ministry: 'Financiën', name: 'Heinen' },
    });
    expect(analysis.blocks.map((b) => [b.label, b.answer !== null])).toEqual([['1', true], ['2', false], ['2 en 3', true]]);
    expect(analysis.commitments.map((c) => [c.answer, c.quote, c.due])).toEqual([
      ['1', 'Ik zal uw Kamer voor de zomer informeren over de voortgang van de hersteloperatie.', '2024-07-04'],
      ['2 en 3', 'De evaluatie stuur ik uw Kamer uiterlijk in het najaar van 2024 toe.', '2024-12-20'],
      ['2 en 3', 'De uitkomsten van dat onderzoek stuur ik uw Kamer voor 1 december 2024 toe.', '2024-12-01'],
    ]);
  });

  it('should find the same header, blocks and commitments as the PDF text of the same real answer', () => {
    const fromXml = analyseDocument(readObAnswerXml(fixture('ob/ah-tk-20192020-3349.constructed.xml')).text, { received: '2020-06-30' });
    const fromPdf = analyseDocument(fixture('ah-tk-20192020-3349.txt'), { received: '2020-06-30' });
    const comparable = (a: typeof fromPdf) => ({
      header: a.header,
      labels: a.blocks.map((b) => b.label),
      commitments: a.commitments.map(({ start: _start, end: _end, ...c }) => c),
    });
    expect(fromXml.commitments.length).toBeGreaterThanOrEqual(5);
    expect(comparable(fromXml)).toEqual(comparable(fromPdf));
  });

  it.each([
    [
      'a namespace by its URI, whatever the prefix',
      publication(
        '<op:kamervragen><op:vraag><op:nr>Vraag 1</op:nr><op:al>Is dit zo?</op:al></op:vraag>' +
          '<op:antwoord><op:nr>Antwoord 1</op:nr><op:al>Ja.</op:al></op:antwoord></op:kamervragen>',
        '<op:officiele-publicatie xmlns:op="urn:example:op">',
        '</op:officiele-publicatie>',
      ),
      ['Vraag 1', 'Is dit zo?', 'Antwoord 1', 'Ja.'],
    ],
    [
      'a default namespace, and an element of another namespace as unknown text',
      publication(
        '<kamervragen><vraag><nr>Vraag 1</nr><al>Is dit zo?</al></vraag><x:antwoord xmlns:x="urn:example:other">Geen antwoord</x:antwoord>' +
          '<antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord></kamervragen>',
        '<officiele-publicatie xmlns="urn:example:op">',
      ),
      ['Vraag 1', 'Is dit zo?', 'Geen antwoord', 'Antwoord 1', 'Ja.'],
    ],
    [
      'the older vocabulary (vragen, vraagnummer, omschr, nummer, toelicht)',
      publication(
        '<vragen><vraagnummer>2031</vraagnummer>' +
          '<omschr>Vragen van het lid <naam><voorletters>J.</voorletters><achternaam>Bakker</achternaam></naam> (SP) aan de Minister van Financiën (ingezonden 3 maart 2008)</omschr>' +
          '<vraag><nummer>1</nummer><al>Klopt het bericht?</al></vraag>' +
          '<toelicht><al>Toelichting:</al><al>Deze vragen zijn gesteld naar aanleiding van een bericht.</al></toelicht>' +
          '<omschr>Antwoord van Minister Bos (Financiën) (ontvangen 24 maart 2008)</omschr>' +
          '<antwoord><nummer>1</nummer><al>Ja.</al></antwoord></vragen>',
      ),
      [
        '2031',
        'Vragen van het lid J. Bakker (SP) aan de Minister van Financiën (ingezonden 3 maart 2008)',
        'Vraag 1',
        'Klopt het bericht?',
        'Toelichting:',
        'Deze vragen zijn gesteld naar aanleiding van een bericht.',
        'Antwoord van Minister Bos (Financiën) (ontvangen 24 maart 2008)',
        'Antwoord 1',
        'Ja.',
      ],
    ],
    [
      'labels written as the first paragraph, and none at all (numbered in order, a shared answer after two questions)',
      publication(
        '<kamervragen><vraag><al>Vraag 1</al><al>Is dit zo?</al></vraag><antwoord><al>Antwoord 1</al><al>Ja.</al></antwoord>' +
          '<vraag><al>Waarom?</al></vraag><vraag><al>Sinds wanneer?</al></vraag><antwoord><al>Sinds 2020.</al></antwoord></kamervragen>',
      ),
      ['Vraag 1', 'Is dit zo?', 'Antwoord 1', 'Ja.', 'Vraag 2', 'Waarom?', 'Vraag 3', 'Sinds wanneer?', 'Antwoord 2 en 3', 'Sinds 2020.'],
    ],
    [
      'unknown elements, as blocks and inside paragraphs; lists with their numbers',
      publication(
        '<kamervragen><vraag><nr>Vraag 1</nr><al>Welke <nieuw>maatregelen</nieuw> neemt u?</al></vraag>' +
          '<antwoord><nr>Antwoord 1</nr><kader><al>Ik neem twee maatregelen:</al>' +
          '<lijst type="expliciet"><li><li.nr>a.</li.nr><al>een meldpunt;</al></li><li><li.nr>b.</li.nr><al>een campagne.</al></li></lijst></kader>' +
          '<onbekend>Losse tekst</onbekend></antwoord></kamervragen>',
      ),
      ['Vraag 1', 'Welke maatregelen neemt u?', 'Antwoord 1', 'Ik neem twee maatregelen:', 'a. een meldpunt;', 'b. een campagne.', 'Losse tekst'],
    ],
    [
      'footnote references between words, one after another, and numeric character references',
      publication(
        '<kamervragen><vraag><nr>Vraag 1</nr><al>Kent u het bericht?<noot><noot.nr>1</noot.nr><noot.al>NOS, 1 mei 2024.</noot.al></noot>, ' +
          '<noot><noot.nr>2</noot.nr><noot.al>NRC, 2 mei 2024.</noot.al></noot> En het rapport&#8211;de samenvatting?</al>' +
          '<al>Of het advies?<noot><noot.nr>3</noot.nr><noot.al>Kamerstuk 31 066, nr. 1.</noot.al></noot>Zo ja, wanneer?</al></vraag>' +
          '<antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord></kamervragen>',
      ),
      [
        'Vraag 1', 'Kent u het bericht? En het rapport–de samenvatting?', 'Of het advies? Zo ja, wanneer?', 'Antwoord 1', 'Ja.',
        'Noten', '  1. NOS, 1 mei 2024.', '  2. NRC, 2 mei 2024.', '  3. Kamerstuk 31 066, nr. 1.',
      ],
    ],
  ])('should read %s', (_case, xml, lines) => {
    expect(linesOf(readObAnswerXml(xml).text)).toEqual(lines);
  });

  it('should count no answer in a publication that has none (a notice of postponement)', () => {
    const notice = publication(
      '<kamervragen><kamervraagnummer>1398</kamervraagnummer>' +
        '<kamervraagomschrijving type="vraag">Vragen van het lid Jansen (GL-PvdA) (ingezonden 28 februari 2024).</kamervraagomschrijving>' +
        '<kamervraagopmerking><al>Mededeling van Minister Heinen (Financiën) (ontvangen 19 maart 2024).</al>' +
        '<al>De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.</al></kamervraagopmerking>' +
        '<antwoord><nr>Antwoord 1</nr></antwoord></kamervragen>',
    );
    const read = readObAnswerXml(notice);
    expect(read).toMatchObject({ questions: 0, answers: 0 });
    expect(read.text).toContain('De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.');
  });

  it.each([
    ['empty input', '  \n', /empty document/],
    ['a malformed document', publication('<kamervragen><vraag></kamervragen>'), /malformed XML \(line 2: .*vraag/],
    ['a truncated download', publication('<kamervragen><vraag><nr>Vraag 1</nr><al>Is d', '<officiele-publicatie>', ''), /malformed XML/],
    ['an HTML error page', '<html><head><title>fout404</title></head><body><p>Niet gevonden</p></body></html>', /not an officiele-publicatie \(root element <html>\)/],
    ['two root elements', '<officiele-publicatie/><officiele-publicatie/>', /one root element, found 2/],
    ['an undeclared prefix', publication('<op:vraag>Vraag 1</op:vraag>'), /undeclared namespace prefix "op"/],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e SYSTEM "file:///etc/passwd">]><officiele-publicatie>&e;</officiele-publicatie>', /entity declarations are not accepted/],
    [
      'an entity bomb',
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><officiele-publicatie>&b;</officiele-publicatie>',
      /entity declarations are not accepted/,
    ],
    ['elements nested without end', publication(`${'<al>'.repeat(500)}x${'</al>'.repeat(500)}`), /unreadable XML \(Maximum nested tags exceeded\)/],
  ])('should refuse %s with a clear error', (_case, xml, message) => {
    expect(() => readObAnswerXml(xml)).toThrow(ObXmlError);
    expect(() => readObAnswerXml(xml)).toThrow(message);
  });
});

describe(`${readObAnswerXml.name} on a real publication`, () => {
  it('should read the real raw XML of a Handelingen item (BOM, CRLF, no namespace) as a publication without an answer', () => {
    // test/fixtures/tk-real/samples/h-tk-20172018-50-1.xml: byte-exact, see test/fixtures/tk-real/README.md.
    const answer = readObAnswerXml(readFileSync(path.join(FIXTURES, 'tk-real', 'samples', 'h-tk-20172018-50-1.xml'), 'utf8'));
    expect(answer.answers).toBe(0);
  });
});
