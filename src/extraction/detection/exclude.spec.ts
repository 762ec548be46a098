import { detectCommitment } from './detect';
import { detectDeadlineChange } from './deadline-change';

const ctx = { hasTimePhrase: () => false, hasForwardTime: () => false };
const detect = (s: string) => detectCommitment(s.toLowerCase(), ctx);

describe('not a commitment', () => {
  it.each([
    // past acts and reported promises
    ['In mijn brief van 12 januari jl. heb ik uw Kamer geïnformeerd over de maatregelen.'],
    ['Ik heb uw Kamer toegezegd dat ik de evaluatie voor de zomer zal sturen.'],
    ['Over de uitkomsten is uw Kamer op 3 maart geïnformeerd.'],
    ['Er is toegezegd aan uw Kamer dat het kabinet de mogelijkheden zal verkennen.'],
    // the letter doing it now
    ['Hierbij stuur ik u het rapport van de commissie.'],
    ['Met deze brief informeer ik uw Kamer over de stand van zaken.'],
    ['Bij dezen ontvangt u de antwoorden op de vragen van het lid Bakker.'],
    // third parties
    ['De gemeente zal de vergunningaanvraag opnieuw beoordelen.'],
    ['Zoals aangekondigd zal de toezichthouder een onderzoek starten naar de tarieven.'],
    ['Zij zullen de resultaten in hun jaarverslag opnemen.'],
    ['De gemeente heeft een plan en zal dat na de zomer uitvoeren.'],
    ['Op maandag zal de nieuwe dienstregeling worden ingevoerd.'],
    // generic duties, blijven, hopes, ongoing work
    ['Het kabinet informeert uw Kamer altijd tijdig en volledig over beleid.'],
    ['Ik zal de ontwikkelingen nauwlettend blijven volgen.'],
    ['Ik hoop dat partijen er samen uitkomen.'],
    ['Ik ga, gelet op het voorgaande, ervan uit dat de regeling volstaat.'],
    ['Momenteel onderzoek ik welke opties er zijn.'],
    ['Ik zal nooit toestaan dat deze regels worden omzeild.'],
    // in-document references and questions
    ['Hieronder zal ik ingaan op de afzonderlijke vragen.'],
    ['Bent u bereid de Kamer voor de zomer te informeren?'],
    ['Wanneer zal de Kamer het rapport ontvangen?'],
  ])('%s', (sentence) => {
    expect(detect(sentence)).toBeNull();
  });

  it.each([
    ['Als de resultaten daartoe aanleiding geven, zal ik uw Kamer informeren.'],
    ['Indien nodig zal ik de regeling aanpassen.'],
  ])('conditional promises get a low confidence: %s', (sentence) => {
    const d = detect(sentence);
    expect(d === null || d.confidence < 0.5).toBe(true);
  });
});

describe('deadline changes', () => {
  it.each([
    ['De vragen kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.', true],
    ['Het blijkt helaas niet mogelijk de brief zoals toegezegd voor 1 juni aan uw Kamer te sturen.', true],
    ['De afstemming met andere departementen kost meer tijd dan voorzien, waardoor de brief later komt.', true],
    ['Ik zal uw Kamer voor de zomer informeren.', false],
    ['Het is niet mogelijk om alle gevallen te voorkomen.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(detectDeadlineChange(sentence.toLowerCase()) !== null).toBe(expected);
  });
});
