import { readdirSync, readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';

interface ReplayEntry {
  xml: string;
  token: string;
  page: number;
}

interface ReplayCategory {
  header: string;
  entries: ReplayEntry[];
}

/** A misbehaviour for the first `times` requests whose path and query match. */
export interface Fault {
  match: (pathname: string, query: URLSearchParams) => boolean;
  times: number;
  respond: (res: ServerResponse, body: () => string | Buffer | null) => void;
}

const FEED_HOST = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0';

/**
 * Replays SyncFeed pages written in the real shape (test/fixtures/tk/<Category>/page-N.xml) with
 * real skiptoken semantics: `skiptoken=N` serves what follows the entry whose next link carries N,
 * up to the end of that entry's page. Resources, and officielebekendmakingen publications (by id,
 * under `obUrl`), are served from memory; faults come first.
 */
export class TkReplayServer {
  readonly requests: string[] = [];
  private readonly categories = new Map<string, ReplayCategory>();
  private server: Server | null = null;

  constructor(
    fixtureDir: string,
    private readonly resources: Map<string, Buffer>,
    private readonly faults: Fault[] = [],
    private readonly publications = new Map<string, string>(),
  ) {
    for (const category of readdirSync(fixtureDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = path.join(fixtureDir, category.name);
      const files = readdirSync(dir).filter((f) => /^page-\d+\.xml$/.test(f)).sort((a, b) => pageNo(a) - pageNo(b));
      const replay: ReplayCategory = { header: '', entries: [] };
      files.forEach((file, page) => {
        const xml = readFileSync(path.join(dir, file), 'utf8');
        const first = xml.indexOf('<entry>');
        if (page === 0) replay.header = xml.slice(0, first).replace(/\s*<link rel="next"[^>]*\/>/, '');
        for (const match of xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)) {
          const token = /<link rel="next" href="[^"]*skiptoken=(\d+)/.exec(match[0])?.[1];
          if (!token) throw new Error(`${file}: entry without a next link`);
          replay.entries.push({ xml: match[0], token, page });
        }
      });
      this.categories.set(category.name, replay);
    }
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/SyncFeed/2.0`;
  }

  /** Where the publications are, as OB_URL: `{obUrl}/{id}/{id}.xml`. */
  get obUrl(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/officielepublicaties`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  count(pathPart: string): number {
    return this.requests.filter((r) => r.includes(pathPart)).length;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://replay');
    this.requests.push(`${url.pathname}${url.search}`);
    const body = () => this.body(url);
    const fault = this.faults.find((f) => f.times > 0 && f.match(url.pathname, url.searchParams));
    if (fault) {
      fault.times--;
      fault.respond(res, body);
      return;
    }
    const content = body();
    if (content === null) {
      res.writeHead(404).end();
      return;
    }
    const type = url.pathname.endsWith('/Feed')
      ? 'application/atom+xml; charset=utf-8'
      : url.pathname.endsWith('.xml')
        ? 'application/xml; charset=utf-8'
        : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(content);
  }

  private body(url: URL): string | Buffer | null {
    if (url.pathname.endsWith('/Feed')) return this.feedPage(url.searchParams.get('category') ?? '', url.searchParams.get('skiptoken'));
    const publication = /\/officielepublicaties\/([^/]+)\/\1\.xml$/.exec(url.pathname)?.[1];
    if (publication) return this.publications.get(publication) ?? null;
    const resource = /\/Resources\/([^/]+)$/.exec(url.pathname)?.[1];
    return resource ? (this.resources.get(resource) ?? null) : null;
  }

  private feedPage(category: string, skiptoken: string | null): string {
    const replay = this.categories.get(category);
    if (!replay) return emptyFeed(category);
    const start = skiptoken === null ? 0 : replay.entries.findIndex((e) => e.token === skiptoken) + 1;
    if (start >= replay.entries.length || (skiptoken !== null && start === 0)) return `${replay.header}</feed>\n`;
    const page = replay.entries[start].page;
    let end = start;
    while (end < replay.entries.length && replay.entries[end].page === page) end++;
    const next =
      end < replay.entries.length
        ? `  <link rel="next" href="${FEED_HOST}/Feed?category=${category}&amp;skiptoken=${replay.entries[end - 1].token}"/>\n`
        : '';
    return `${replay.header}\n${next}${replay.entries.slice(start, end).map((e) => `  ${e.xml}\n`).join('')}</feed>\n`;
  }
}

function pageNo(file: string): number {
  return Number(/\d+/.exec(file)?.[0]);
}

function emptyFeed(category: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${category}</title></feed>\n`;
}
