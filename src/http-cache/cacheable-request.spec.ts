import { isCacheableRequest } from './cacheable-request';

const ID = '3f0c7a52-9d1e-4b8a-a3c4-5e6f7a8b9c0d';

describe('isCacheableRequest', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/toezeggingen?status=open&ministry=Financi%C3%ABn'],
    ['HEAD', '/toezeggingen'],
    ['GET', `/toezeggingen/${ID}`],
    ['GET', '/ministeries/financien'],
    ['GET', `/documenten/${ID}`],
    ['GET', '/api/commitments?page=2'],
    ['GET', `/api/commitments/${ID}`],
  ])('shares %s %s', (method, url) => {
    expect(isCacheableRequest({ method, url, headers: {} })).toBe(true);
  });

  it.each([
    ['POST', `/toezeggingen/${ID}/aanmelden`, {}],
    ['GET', '/redactie', {}],
    ['GET', '/api/admin/notifications?status=dead', {}],
    ['GET', '/abonnement/beheer?token=abc', {}],
    ['GET', '/feeds/toezeggingen.ics', {}],
    ['GET', `/toezeggingen/${ID}/extra`, {}],
    ['GET', '/toezeggingen', { cookie: 'toezegd_session=x' }],
    ['GET', '/api/commitments', { authorization: 'Bearer token' }],
  ])('does not share %s %s %o', (method, url, headers) => {
    expect(isCacheableRequest({ method, url, headers })).toBe(false);
  });
});
