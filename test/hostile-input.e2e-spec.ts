import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { runCli } from './support/cli';
import { csrfIn, editorLogin } from './support/editor-session';
import { TestData } from './support/factories';
import { createTestApp, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';

/**
 * Every route the controllers declare, sent a corpus of hostile values in every field and path
 * parameter, hostile bodies and bad cookies: the answer is a 4xx or a page where the value is
 * escaped, never a 500, and no stored row changes. Then the ten failures of issue 11.
 */

const SMTP = 'smtp://127.0.0.1:1'; // nothing here may reach a mailbox; a queued mail would show as a changed row
const SCRIPT = '<script>alert(1)</script>';

let deep: unknown = 'x';
for (let i = 0; i < 3000; i++) deep = { a: deep };

/** Values for one field or path parameter. `refused`: must never be accepted, whatever the route. */
const VALUES: { name: string; value: unknown; refused: boolean }[] = [
  { name: 'NUL byte', value: 'a\u0000b', refused: true },
  { name: 'control characters', value: 'a\u001b[31m\u0007b', refused: true },
  { name: '10 KB string', value: 'x'.repeat(10_240), refused: true },
  { name: 'array for a string', value: ['a', 'b'], refused: false },
  { name: 'impossible date', value: '2021-02-30', refused: false },
  { name: 'SQL', value: "x' OR '1'='1'; DROP TABLE commitment; --", refused: false },
  { name: 'script', value: SCRIPT, refused: false },
  { name: 'object for a string', value: { $gt: '' }, refused: false },
  { name: 'number for a string', value: 12, refused: false },
];

/** Whole bodies for POST routes. */
const BODIES: { name: string; type: string; body: string }[] = [
  { name: 'JSON nested 3,000 deep', type: 'application/json', body: JSON.stringify({ email: 'a@example.nl', note: deep }) },
  { name: 'JSON arrays nested 50,000 deep', type: 'application/json', body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
  { name: 'malformed JSON', type: 'application/json', body: '{"email": "a@example.nl",' },
  { name: 'JSON array', type: 'application/json', body: '[1, 2, 3]' },
  { name: 'XML', type: 'application/xml', body: '<email>a@example.nl</email>' },
  { name: 'plain text', type: 'text/plain', body: 'email=a@example.nl' },
  { name: 'form with a NUL in a key', type: 'application/x-www-form-urlencoded', body: 'em%00ail=a%40example.nl' },
  { name: 'form with bad percent-encoding', type: 'application/x-www-form-urlencoded', body: 'email=%E0%A4%A&note=%' },
];

const BAD_COOKIES = ['toezegd_redactie=%', 'toezegd_redactie=%E0%A4%A; toezegd_login=%', `toezegd_redactie=${'A'.repeat(43)}`, 'toezegd_redactie="unterminated'];

type Auth = 'public' | 'bearer' | 'session';
interface Route {
  method: 'GET' | 'POST';
  path: string;
  fields: string[];
  auth: Auth;
  /** POST body as a form (pages) or JSON (API). */
  form?: boolean;
}

/** Every route of every controller (47), with the fields it reads. */
const ROUTES: Route[] = [
  // pages.controller
  { method: 'GET', path: '/', fields: [], auth: 'public' },
  { method: 'GET', path: '/toezeggingen', fields: ['q', 'status', 'ministry', 'owner', 'overdue', 'sort', 'pagina', 'jaar'], auth: 'public' },
  { method: 'GET', path: '/toezeggingen/:commitment', fields: [], auth: 'public' },
  { method: 'POST', path: '/toezeggingen/:commitment/aanmelden', fields: ['email'], auth: 'public', form: true },
  { method: 'GET', path: '/ministeries/:slug', fields: [], auth: 'public' },
  { method: 'GET', path: '/documenten/:document', fields: [], auth: 'public' },
  { method: 'GET', path: '/documenten/:document/tekst', fields: [], auth: 'public' },
  // feeds.controller
  { method: 'GET', path: '/feeds/termijnen.ics', fields: ['q', 'status', 'ministry', 'owner', 'overdue'], auth: 'public' },
  { method: 'GET', path: '/feeds/ministeries/:slug/termijnen.ics', fields: [], auth: 'public' },
  { method: 'GET', path: '/feeds/abonnee/:token/termijnen.ics', fields: [], auth: 'public' },
  { method: 'GET', path: '/feeds/:feed.atom', fields: [], auth: 'public' },
  // subscription-pages.controller
  { method: 'GET', path: '/subscriptions/confirm', fields: ['token'], auth: 'public' },
  { method: 'GET', path: '/subscriptions/unsubscribe', fields: ['token'], auth: 'public' },
  { method: 'POST', path: '/subscriptions/unsubscribe', fields: ['token'], auth: 'public', form: true },
  { method: 'POST', path: '/subscriptions/resubscribe', fields: ['token'], auth: 'public', form: true },
  { method: 'GET', path: '/subscriptions/manage', fields: ['token'], auth: 'public' },
  { method: 'POST', path: '/subscriptions/manage', fields: ['token', 'digest', 'pause', 'unsubscribe', 'stopAll'], auth: 'public', form: true },
  // subscriptions.controller
  { method: 'POST', path: '/api/subscriptions', fields: ['email', 'commitmentId', 'ministry', 'search'], auth: 'public' },
  { method: 'POST', path: '/api/commitments/:commitment/subscriptions', fields: ['email'], auth: 'public' },
  // commitments, documents, question chain, health
  { method: 'GET', path: '/api/commitments', fields: ['q', 'status', 'ministry', 'owner', 'overdue', 'dueBefore', 'dueAfter', 'year', 'sort', 'page', 'pageSize', 'kind', 'origin'], auth: 'public' },
  { method: 'GET', path: '/api/commitments/:commitment', fields: [], auth: 'public' },
  { method: 'GET', path: '/api/documents', fields: ['q', 'page', 'pageSize'], auth: 'public' },
  { method: 'GET', path: '/api/documents/:document', fields: [], auth: 'public' },
  { method: 'GET', path: '/api/documents/:document/chain', fields: [], auth: 'public' },
  { method: 'GET', path: '/health', fields: [], auth: 'public' },
  // fulfilment (bearer)
  { method: 'GET', path: '/api/commitments/:commitment/fulfilment/candidates', fields: [], auth: 'bearer' },
  { method: 'POST', path: '/api/commitments/:commitment/fulfilment', fields: ['status', 'letter', 'note'], auth: 'bearer' },
  { method: 'GET', path: '/api/fulfilment/suggestions', fields: ['status', 'page', 'pageSize'], auth: 'bearer' },
  { method: 'POST', path: '/api/fulfilment/suggestions/:candidate/accept', fields: ['status', 'note'], auth: 'bearer' },
  { method: 'POST', path: '/api/fulfilment/suggestions/:candidate/reject', fields: [], auth: 'bearer' },
  { method: 'POST', path: '/api/commitments/:commitment/fulfilment/undo', fields: ['note'], auth: 'bearer' },
  { method: 'GET', path: '/api/admin/notifications/stats', fields: [], auth: 'bearer' },
  { method: 'GET', path: '/api/admin/notifications', fields: ['status', 'limit', 'before'], auth: 'bearer' },
  // editor pages (session + CSRF)
  { method: 'POST', path: '/redactie/uitloggen', fields: [], auth: 'session', form: true },
  { method: 'GET', path: '/redactie', fields: ['beoordeeld', 'soort'], auth: 'session' },
  { method: 'GET', path: '/redactie/toezeggingen/:commitment', fields: [], auth: 'session' },
  { method: 'POST', path: '/redactie/toezeggingen/:commitment/accepteren', fields: ['note'], auth: 'session', form: true },
  { method: 'POST', path: '/redactie/toezeggingen/:commitment/afwijzen', fields: ['note'], auth: 'session', form: true },
  { method: 'POST', path: '/redactie/toezeggingen/:commitment/soort', fields: ['kind'], auth: 'session', form: true },
  { method: 'POST', path: '/redactie/toezeggingen/:commitment/bewerken', fields: ['quote', 'kind', 'ownerRole', 'ownerName', 'ministry', 'vehicle', 'deadlinePhrase', 'due', 'note'], auth: 'session', form: true },
  { method: 'POST', path: '/redactie/toezeggingen/:commitment/nakoming', fields: ['status', 'letter', 'note'], auth: 'session', form: true },
  { method: 'POST', path: '/redactie/toezeggingen/:commitment/termijn', fields: ['due', 'reason', 'deadlinePhrase'], auth: 'session', form: true },
  { method: 'POST', path: '/redactie/toezeggingen/:commitment/ongedaan-maken', fields: ['note'], auth: 'session', form: true },
  { method: 'GET', path: '/redactie/suggesties', fields: ['pagina', 'geaccepteerd'], auth: 'session' },
  { method: 'POST', path: '/redactie/suggesties/:candidate/accepteren', fields: ['status', 'note', 'terug'], auth: 'session', form: true },
  { method: 'POST', path: '/redactie/suggesties/:candidate/afwijzen', fields: ['terug'], auth: 'session', form: true },
  { method: 'GET', path: '/redactie/inloggen', fields: [], auth: 'public' },
  // last: wrong tokens count against the IP's failed-login budget
  { method: 'POST', path: '/redactie/inloggen', fields: ['token', '_csrf'], auth: 'public', form: true },
];

const TABLES = ['document', 'commitment', 'commitment_event', 'subscriber', 'subscription', 'notification', 'fulfilment_candidate', 'access_token'];

describe('hostile input on every route', () => {
  let t: TestApp;
  let data: TestData;
  let params: Record<string, string>;
  let session: { cookie: string; csrf: string };
  let before: Record<string, string>;
  const counts = { routes: ROUTES.length, requests: 0 };

  beforeAll(async () => {
    t = await createTestApp(SMTP, { SUBSCRIBE_LIMIT_PER_IP: '100000', SUBSCRIBE_LIMIT_PER_ADDRESS: '100000', LIST_CACHE_TTL_MS: '0' });
    data = await TestData.connect(t.databaseUrl);
    const document = await data.document({ title: 'Antwoord op vragen over <b>woningbouw</b>' });
    const commitment = await data.commitment({ effectiveDue: '2026-06-01', documentId: document, quote: `Ik zal uw Kamer informeren ${SCRIPT}.` });
    params = { commitment, document, slug: 'justitie-en-veiligheid', token: 'A'.repeat(43), feed: 'nieuw', candidate: '00000000-0000-4000-8000-000000000000' };
    const http = request(t.app.getHttpServer());
    const cookie = (await editorLogin(http)).split(';')[0];
    session = { cookie, csrf: csrfIn((await http.get('/redactie').set('Cookie', cookie).expect(200)).text) };
    before = await snapshot();
  });

  afterAll(async () => {
    console.log(`hostile-input suite: ${counts.routes} routes, ${counts.requests} hostile requests`);
    await data.close();
    await t.close();
  });

  async function snapshot(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of TABLES) {
      const [row] = await data.query<{ digest: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`);
      out[table] = row.digest ?? 'empty';
    }
    return out;
  }

  const pathOf = (route: Route, hostileParam?: { name: string; value: string }) =>
    route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(hostileParam?.name === name ? hostileParam.value : params[name]));

  function send(route: Route, url: string, payload: Record<string, unknown> | null, raw?: { type: string; body: string }, cookie?: string) {
    const http = request(t.app.getHttpServer());
    let call = route.method === 'GET' ? http.get(url) : http.post(url);
    if (route.auth === 'bearer') call = call.set('Authorization', `Bearer ${EDITOR_TOKEN}`);
    if (route.auth === 'session' || cookie) call = call.set('Cookie', cookie ?? session.cookie);
    if (route.method === 'GET') return payload ? call.query(payload as Record<string, string>) : call;
    if (raw) return call.set('Content-Type', raw.type).send(raw.body);
    const body = { ...(route.auth === 'session' ? { _csrf: session.csrf } : {}), ...(payload ?? {}) };
    return route.form ? call.type('form').send(body as Record<string, string>) : call.send(body);
  }

  async function expectContained(response: request.Response, what: string) {
    counts.requests++;
    if (response.status >= 500) throw new Error(`${what}: ${response.status} ${response.text.slice(0, 300)}`);
    expect(response.status).toBeGreaterThanOrEqual(200);
    if (/html/.test(String(response.headers['content-type']))) expect(response.text).not.toContain(SCRIPT);
  }

  /** Logged-in writes to a real commitment could legitimately store a harmless text: only refused values go there. */
  const valuesFor = (route: Route) => (route.auth !== 'public' && route.method === 'POST' ? VALUES.filter((v) => v.refused) : VALUES);

  describe.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_, route) => {
    it.each(valuesFor(route).map((v) => [v.name, v] as const))('stays contained with a %s in every field', async (__, hostile) => {
      if (route.fields.length === 0) return;
      const payload = Object.fromEntries(route.fields.map((field) => [field, hostile.value]));
      const response = await send(route, pathOf(route), payload);
      await expectContained(response, `${hostile.name} in the fields`);
      if (hostile.refused) expect(response.status).toBeGreaterThanOrEqual(400);
    });

    it.each(VALUES.filter((v) => typeof v.value === 'string').map((v) => [v.name, v] as const))('stays contained with a %s as path parameter', async (__, hostile) => {
      if (!route.path.includes(':')) return;
      for (const name of route.path.match(/:(\w+)/g)?.map((p) => p.slice(1)) ?? []) {
        const response = await send(route, pathOf(route, { name, value: hostile.value as string }), null);
        await expectContained(response, `${hostile.name} as :${name}`);
        expect(response.status).toBeGreaterThanOrEqual(300);
      }
    });

    if (route.method === 'POST') {
      it.each(BODIES.map((b) => [b.name, b] as const))('stays contained with a body that is %s', async (__, body) => {
        const response = await send(route, pathOf(route), null, body);
        await expectContained(response, body.name);
      });
    } else {
      it('ignores cookies that do not decode', async () => {
        for (const cookie of BAD_COOKIES) {
          const response = await send(route, pathOf(route), null, undefined, route.auth === 'session' ? `${cookie}; ${session.cookie}` : cookie);
          await expectContained(response, `cookie ${cookie}`);
        }
      });
    }
  });

  it('changed no stored row', async () => {
    expect(await snapshot()).toEqual(before);
  });
});

describe('the ten failures of issue 11', () => {
  let t: TestApp;
  let data: TestData;
  let commitment: string;
  const http = () => request(t.app.getHttpServer());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'toezegd-hostile-'));

  beforeAll(async () => {
    // Explicit limits: an earlier app in this process leaves its settings in process.env (@nestjs/config).
    t = await createTestApp(SMTP, { DB_POOL_MAX: '3', LIST_CACHE_TTL_MS: '0', SUBSCRIBE_LIMIT_PER_IP: '20', SUBSCRIBE_LIMIT_PER_ADDRESS: '5' });
    data = await TestData.connect(t.databaseUrl);
    commitment = await data.commitment({ effectiveDue: '2026-06-01' });
  });

  afterAll(async () => {
    await data.close();
    await t.close();
  });

  it('1: the saved search with a lone status is refused and queues nothing', async () => {
    await http().post('/api/subscriptions').set('Content-Type', 'application/json').send('{"email":"p@example.nl","search":{"status":"open"}}').expect(400);
    expect(await data.statusCounts()).toEqual({});
  });

  it('2: a logged-out editor cookie can change nothing', async () => {
    const cookie = (await editorLogin(http())).split(';')[0];
    const csrf = csrfIn((await http().get('/redactie').set('Cookie', cookie).expect(200)).text);
    await http().post('/redactie/uitloggen').set('Cookie', cookie).type('form').send({ _csrf: csrf }).expect(303);
    const after = await http().post(`/redactie/toezeggingen/${commitment}/termijn`).set('Cookie', cookie).type('form').send({ _csrf: csrf, due: '2027-01-01', reason: 'x' });
    expect(after.headers.location).toBe('/redactie/inloggen');
    expect((await data.query<{ d: string }>(`SELECT effective_due::text AS d FROM commitment WHERE id = $1`, [commitment]))[0].d).toBe('2026-06-01');
  });

  it('3: the HTML form and both API routes share one budget per address', async () => {
    const email = 'een-budget@example.nl';
    await http().post('/api/subscriptions').send({ email, commitmentId: commitment }).expect(202);
    await http().post(`/api/commitments/${commitment}/subscriptions`).send({ email }).expect(202);
    for (let i = 0; i < 3; i++) await http().post(`/toezeggingen/${commitment}/aanmelden`).type('form').send({ email }).expect(200);
    await http().post(`/toezeggingen/${commitment}/aanmelden`).type('form').send({ email }).expect(429);
  });

  it('4: /health answers 503 within about 2 s when the database hangs, naming nothing internal', async () => {
    const busy = Promise.all([1, 2, 3].map(() => t.app.get(DataSource).query('SELECT pg_sleep(5)')));
    const started = Date.now();
    const health = await http().get('/health').expect(503);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(health.text).not.toMatch(/127\.0\.0\.1|5432|ECONN/);
    await busy;
  });

  it('5 and 6: imports of /dev/zero and of a text with a NUL after 8 KB exit 2 with one line and store nothing', async () => {
    const env = { DATABASE_URL: t.databaseUrl, SMTP_URL: SMTP, PUBLIC_URL };
    const started = Date.now();
    const zero = await runCli(['import', '/dev/zero'], env);
    expect(zero.code).toBe(2);
    expect(zero.stderr.trim().split('\n')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    const nul = path.join(dir, 'nul-na-8kb.txt');
    writeFileSync(nul, `${'Ik zal uw Kamer informeren. '.repeat(400)}\u0000 en verder.`);
    const result = await runCli(['import', nul], env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/NUL/);
    expect((await data.query<{ n: number }>(`SELECT count(*)::int AS n FROM document`))[0].n).toBe(0);
  });

  it.each([
    ['/api/commitments?q=a%00b'],
    ['/api/commitments?owner=a%00b'],
    ['/api/commitments?ministry=a%00b'],
    ['/toezeggingen?q=a%00b'],
    ['/feeds/termijnen.ics?q=a%00b'],
    ['/ministeries/a%00b'],
  ])('6: a NUL byte in %s is a 400', async (url) => {
    await http().get(url).expect(400);
  });

  it('6: a NUL in a subscribe field, JSON 3,000 deep, a bad cookie and an impossible editor date are 4xx or ignored', async () => {
    await http().post(`/api/commitments/${commitment}/subscriptions`).send({ email: 'a\u0000@example.nl' }).expect(400);
    await http().post('/api/subscriptions').set('Content-Type', 'application/json').send(JSON.stringify({ email: 'a@example.nl', search: deep })).expect(400);
    await http().get(`/toezeggingen/${commitment}`).set('Cookie', 'toezegd_redactie=%').expect(200);
    const cookie = (await editorLogin(http())).split(';')[0];
    const csrf = csrfIn((await http().get('/redactie').set('Cookie', cookie).expect(200)).text);
    const form = await http().post(`/redactie/toezeggingen/${commitment}/termijn`).set('Cookie', cookie).type('form').send({ _csrf: csrf, due: '2021-02-30', reason: 'x' }).expect(400);
    expect(form.text).toContain('jjjj-mm-dd');
  });

  it('7: pages carry CSP, frame-ancestors, nosniff and Referrer-Policy, and no X-Powered-By', async () => {
    const page = await http().get(`/toezeggingen/${commitment}`).expect(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/style-src[^;]*'unsafe-inline'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-powered-by']).toBeUndefined();
    expect(page.headers['strict-transport-security']).toBeUndefined(); // PUBLIC_URL is http here
    // Every style of every kind of page, logged in or not, is allowed by the policy's hashes.
    const { createHash } = await import('node:crypto');
    const sha = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    const document = await data.document({ title: 'Antwoord' });
    await data.query(`UPDATE commitment SET document_id = $1 WHERE id = $2`, [document, commitment]);
    const cookie = (await editorLogin(http())).split(';')[0];
    const pages = ['/', '/toezeggingen', `/toezeggingen/${commitment}`, `/documenten/${document}`, '/ministeries/justitie-en-veiligheid', '/redactie/inloggen'];
    const editorPages = ['/redactie', `/redactie/toezeggingen/${commitment}`, '/redactie/suggesties', `/toezeggingen/${commitment}`];
    let styles = 0;
    for (const [url, withCookie] of [...pages.map((u) => [u, false] as const), ...editorPages.map((u) => [u, true] as const)]) {
      const response = await (withCookie ? http().get(url).set('Cookie', cookie) : http().get(url)).expect(200);
      const policy = String(response.headers['content-security-policy']);
      for (const [, css] of response.text.matchAll(/<style>([\s\S]*?)<\/style>/g)) expect(policy).toContain(sha(css));
      for (const [, css] of response.text.matchAll(/\sstyle="([^"]*)"/g)) {
        expect(policy).toContain(sha(css.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&')));
        styles++;
      }
    }
    expect(styles).toBeGreaterThan(0);
  });

  it('7: HSTS when PUBLIC_URL is https', async () => {
    const secure = await createTestApp(SMTP, { PUBLIC_URL: 'https://toezegd.example' });
    try {
      const page = await request(secure.app.getHttpServer()).get('/').expect(200);
      expect(page.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });

  it('9: two saved searches that differ after character 500 stay two subscriptions', async () => {
    const search = (end: string) => ({ q: 'q'.repeat(200), ministry: 'm'.repeat(200), owner: `${'o'.repeat(190)}${end}` });
    await http().post('/api/subscriptions').send({ email: 'lang@example.nl', search: search('einde-een') }).expect(202);
    await http().post('/api/subscriptions').send({ email: 'lang@example.nl', search: search('einde-twee') }).expect(202);
    const [{ n }] = await data.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM subscription s JOIN subscriber u ON u.id = s.subscriber_id WHERE u.email = 'lang@example.nl'`,
    );
    expect(n).toBe(2);
  });

  it('8: guessing bearer tokens ends in 429 (cases 4 and 10 in depth: health.e2e-spec.ts, embedded-death.e2e-spec.ts)', async () => {
    let status = 401;
    let tries = 0;
    while (status === 401 && tries < 600) {
      status = (await http().get('/api/admin/notifications/stats').set('Authorization', `Bearer guess-${tries++}-abcdefghijklmnopqrstuvwxyz`)).status;
    }
    expect(status).toBe(429);
    expect(tries).toBe(11);
  });
});
