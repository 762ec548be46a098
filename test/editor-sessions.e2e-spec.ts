import request from 'supertest';
import { TestData } from './support/factories';
import { csrfIn, editorLogin } from './support/editor-session';
import { createTestApp, createTestAppOn, EDITOR_TOKEN, TestApp } from './support/test-app';

const SMTP = 'smtp://127.0.0.1:1'; // nothing is mailed here

/** Tries to move a commitment's deadline with a session cookie; returns the HTTP status. */
async function moveDeadline(app: TestApp, cookie: string, commitment: string, csrf: string): Promise<number> {
  const response = await request(app.app.getHttpServer())
    .post(`/redactie/toezeggingen/${commitment}/termijn`)
    .set('Cookie', cookie)
    .type('form')
    .send({ _csrf: csrf, due: '2027-01-01', reason: 'na uitloggen' });
  return response.status === 303 && response.headers.location === '/redactie/inloggen' ? 401 : response.status;
}

describe('editor sessions end server-side', () => {
  let t: TestApp;
  let data: TestData;
  let commitment: string;

  beforeAll(async () => {
    t = await createTestApp(SMTP);
    data = await TestData.connect(t.databaseUrl);
    commitment = await data.commitment({ effectiveDue: '2026-06-01' });
  });

  afterAll(async () => {
    await data.close();
    await t.close();
  });

  const dueOf = async () => (await data.query<{ d: string }>(`SELECT effective_due::text AS d FROM commitment WHERE id = $1`, [commitment]))[0].d;

  it('refuses a logged-out cookie at once, also on a restarted instance, and changes nothing with it', async () => {
    const http = request(t.app.getHttpServer());
    const cookie = (await editorLogin(http)).split(';')[0];
    const page = await http.get(`/redactie/toezeggingen/${commitment}`).set('Cookie', cookie).expect(200);
    const csrf = csrfIn(page.text);
    await http.post('/redactie/uitloggen').set('Cookie', cookie).type('form').send({ _csrf: csrf }).expect(303);

    expect((await http.get('/redactie').set('Cookie', cookie).expect(303)).headers.location).toBe('/redactie/inloggen');
    expect(await moveDeadline(t, cookie, commitment, csrf)).toBe(401);
    const restarted = await createTestAppOn(t, SMTP);
    try {
      expect(await moveDeadline(restarted, cookie, commitment, csrf)).toBe(401);
    } finally {
      await restarted.close();
    }
    expect(await dueOf()).toBe('2026-06-01');
  });

  it('keeps a session that was not ended across a restart, and ends it once its token is removed', async () => {
    const cookie = (await editorLogin(request(t.app.getHttpServer()))).split(';')[0];
    const restarted = await createTestAppOn(t, SMTP);
    try {
      await request(restarted.app.getHttpServer()).get('/redactie').set('Cookie', cookie).expect(200);
    } finally {
      await restarted.close();
    }
    const withoutToken = await createTestAppOn(t, SMTP, { EDITOR_TOKENS: `redactie=${'n'.repeat(8)}${EDITOR_TOKEN.slice(8)}X` });
    try {
      const refused = await request(withoutToken.app.getHttpServer()).get('/redactie').set('Cookie', cookie).expect(303);
      expect(refused.headers.location).toBe('/redactie/inloggen');
    } finally {
      await withoutToken.close();
    }
    // Put back, the token does not revive sessions of the removed one.
    await request(t.app.getHttpServer()).get('/redactie').set('Cookie', cookie).expect(303);
  });
});
