import request from 'supertest';
import { EDITOR_TOKEN } from './test-app';

export function cookiesOf(response: request.Response): string[] {
  const raw = response.headers['set-cookie'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

export function csrfIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token in the page');
  return match[1];
}

/** Logs in through the editor form; returns the session Set-Cookie line (usable as a Cookie header). */
export async function editorLogin(http: ReturnType<typeof request>): Promise<string> {
  const form = await http.get('/redactie/inloggen').expect(200);
  const nonce = cookiesOf(form).find((c) => c.startsWith('toezegd_login=')) ?? '';
  const done = await http
    .post('/redactie/inloggen')
    .set('Cookie', nonce.split(';')[0])
    .type('form')
    .send({ _csrf: csrfIn(form.text), token: EDITOR_TOKEN })
    .expect(303);
  const session = cookiesOf(done).find((c) => c.startsWith('toezegd_redactie='));
  if (!session) throw new Error('no session cookie');
  return session;
}
