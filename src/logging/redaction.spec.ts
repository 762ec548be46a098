import { redactUrl } from './redaction';

describe('redactUrl', () => {
  it('hides the values of token and e-mail query parameters, keeps the others', () => {
    expect(redactUrl('/subscriptions/manage?token=abc123&tab=2&email=a%40b.nl', '/subscriptions/manage')).toBe('/subscriptions/manage?token=[redacted]&tab=2&email=[redacted]');
  });

  it('hides route parameters named like a token', () => {
    expect(redactUrl('/feeds/abonnee/s3cr3t/termijnen.ics', '/feeds/abonnee/:token/termijnen.ics')).toBe('/feeds/abonnee/[redacted]/termijnen.ics');
    expect(redactUrl('/api/commitments/42', '/api/commitments/:id')).toBe('/api/commitments/42');
  });

  it('hides an e-mail address anywhere, plain or encoded, with or without a route', () => {
    expect(redactUrl('/zoek/jan@example.nl?q=piet%40example.nl', null)).toBe('/zoek/[redacted]?q=[redacted]');
  });
});
