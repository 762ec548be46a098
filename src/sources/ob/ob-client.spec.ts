import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { validateEnv } from '../../config/env';
import { Sleeper } from '../tk/sleeper';
import { TkHttp, TkHttpError } from '../tk/tk-http';
import { ObClient, ObUnavailableError } from './ob-client';

describe(ObClient.name, () => {
  let server: Server;
  let statuses: number[];
  const requested: string[] = [];
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      if (req.url?.startsWith('/fout404')) return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>niet gevonden</html>');
      const status = statuses.shift() ?? 200;
      if (status === 302) return void res.writeHead(302, { location: '/fout404.html?id=x' }).end();
      res.writeHead(status, { 'content-type': 'application/xml' }).end(status === 200 ? '<officiele-publicatie/>' : '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/officielepublicaties/`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    requested.length = 0;
  });

  const client = () => {
    const env = validateEnv({ OB_URL: base, TK_HTTP_RETRIES: '0', TK_REQUESTS_PER_SECOND: '0' });
    return new ObClient(env, new TkHttp(env, new Sleeper()));
  };

  it('should be off without OB_URL', () => {
    const env = validateEnv({});
    expect(new ObClient(env, new TkHttp(env, new Sleeper())).enabled).toBe(false);
  });

  it('should GET {OB_URL}/{id}/{id}.xml', async () => {
    statuses = [200];
    const ob = client();
    expect(ob.enabled).toBe(true);
    expect((await ob.publicationXml('ah-tk-20192020-3349')).toString()).toBe('<officiele-publicatie/>');
    expect(requested).toEqual(['/officielepublicaties/ah-tk-20192020-3349/ah-tk-20192020-3349.xml']);
  });

  it('should take a redirect to the error page for a missing publication', async () => {
    statuses = [302];
    await expect(client().publicationXml('ah-tk-20192020-9999')).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/HTTP 404 \(redirected to .*fout404/) });
  });

  it('should keep asking after a 404, and stop asking for a while once the host failed', async () => {
    statuses = [404, 200, 503, 200];
    const ob = client();
    await expect(ob.publicationXml('ah-tk-20192020-1')).rejects.toMatchObject({ status: 404 });
    await expect(ob.publicationXml('ah-tk-20192020-2')).resolves.toBeInstanceOf(Buffer);
    await expect(ob.publicationXml('ah-tk-20192020-3')).rejects.toBeInstanceOf(TkHttpError);
    const paused = ob.publicationXml('ah-tk-20192020-4');
    await expect(paused).rejects.toBeInstanceOf(ObUnavailableError);
    await expect(paused).rejects.toThrow(/paused after: GET .*ah-tk-20192020-3\.xml: HTTP 503/);
    expect(requested).toHaveLength(3);
  });
});
