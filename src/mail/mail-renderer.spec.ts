import { MAIL_TEMPLATES, MailRenderer } from './mail-renderer';
import { digestItem, eventLabel } from '../notifications/digest-content';
import { NOTIFICATION_EVENTS } from '../outbox/notification.entity';

const HOSTILE = '<script>alert(1)</script>\r\nBcc: victim@example.com';

const item = {
  event: 'overdue',
  eventLabel: 'Toezegging over tijd',
  summary: `${HOSTILE} is 3 dagen te laat`,
  letter: null,
  commitment: {
    quote: `Ik zal uw Kamer informeren ${HOSTILE}`,
    ownerRole: 'Minister van Justitie en Veiligheid',
    ownerName: 'Grapperhaus',
    currentOwnerRole: 'Minister van Asiel en Migratie',
    vehicle: 'de voortgangsbrief',
    deadlinePhrase: 'voor de zomer',
    effectiveDue: '2020-07-02',
    defaultTerm: false,
    url: 'http://toezegd.test/toezeggingen/1',
  },
  document: { title: 'Antwoord op vragen', number: '2020D27320', date: '2020-06-30', url: 'http://toezegd.test/documenten/1' },
};

const DATA: Record<(typeof MAIL_TEMPLATES)[number], Record<string, unknown>> = {
  confirmation: { target: HOSTILE, confirmUrl: 'http://toezegd.test/subscriptions/confirm?token=abc', expiresAt: '2 december 2026' },
  digest: { items: [item], count: 1, single: item, unsubscribeUrl: 'http://toezegd.test/u?token=x', manageUrl: 'http://toezegd.test/m?token=x' },
};

describe(MailRenderer.name, () => {
  const renderer = new MailRenderer();

  it.each(MAIL_TEMPLATES.map((name) => [name]))('should render %s as Dutch HTML and text without letting user text through raw', (name) => {
    const mail = renderer.render(name, DATA[name]);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.text.length).toBeGreaterThan(50);
    expect(mail.text).not.toContain('&lt;');
  });

  it('should name the office that answers for the promise today', () => {
    const mail = renderer.render('digest', DATA.digest);
    expect(mail.text).toContain('nu: Minister van Asiel en Migratie');
    expect(mail.html).toContain('nu: Minister van Asiel en Migratie');
  });

  it('should put the unsubscribe link in both parts of a digest', () => {
    const mail = renderer.render('digest', DATA.digest);
    expect(mail.html.replace(/&#x3D;/g, '=')).toContain('href="http://toezegd.test/u?token=x"');
    expect(mail.text).toContain('Afmelden: http://toezegd.test/u?token=x');
    expect(mail.subject).toBe('Toezegging over tijd: Minister van Justitie en Veiligheid');
    expect(mail.text).toContain('2 juli 2020');
  });
});

describe('digest with every event, built by the real digest content', () => {
  const renderer = new MailRenderer();
  const commitment = {
    id: 'c1', status: 'open', quote: `Ik zal uw Kamer informeren ${HOSTILE}`, ownerRole: 'Minister van Financiën', ownerName: null,
    ministry: 'Financiën', vehicle: null, deadlinePhrase: null, effectiveDue: '2026-03-01', dueSource: 'explicit',
    fulfillingLetter: '2026D00001', documentTitle: '<b>Antwoord</b>', documentNumber: null, documentDate: '2026-01-05',
    documentUrl: null, documentId: 'd1',
  };
  const events = NOTIFICATION_EVENTS.filter((e) => e !== 'confirmation');

  it('should render one item per event with its Dutch label, the ministry/search it came through, and escaped text', () => {
    const items = events.map((event) => ({
      ...digestItem({ event, payload: { effectiveDue: '2026-03-01', status: 'fulfilled' }, commitment }, '2026-03-10', 'http://toezegd.test'),
      via: event === 'new_commitment' ? 'de zoekopdracht «<i>stikstof</i>»' : null,
    }));
    const mail = renderer.render('digest', { items, count: items.length, single: null, unsubscribeUrl: 'http://u', manageUrl: 'http://m' });
    expect(mail.subject).toBe(`toezegd: ${events.length} meldingen over toezeggingen`);
    for (const event of events) {
      expect(mail.html).toContain(eventLabel(event));
      expect(mail.text).toContain(`== ${eventLabel(event)} ==`);
    }
    expect(mail.text).toContain('is 9 dagen te laat');
    expect(mail.text).toContain('Brief: 2026D00001');
    expect(mail.text).toContain('(U volgt de zoekopdracht «<i>stikstof</i>».)');
    expect(mail.html).toContain('U volgt de zoekopdracht «&lt;i&gt;stikstof&lt;/i&gt;».');
    expect(mail.html).not.toMatch(/<script|<i>|<b>Antwoord/);
    expect(mail.html).toContain('href="http://m"');
  });
});
