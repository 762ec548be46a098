import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  raw: ParsedMail;
}

/**
 * A real SMTP server in-process that keeps what it receives. `failNext(code)` makes the next
 * deliveries fail with that SMTP code (4xx: try later, 5xx: refused).
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  private readonly failures: number[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];
  private holding = false;
  private held: (() => void)[] = [];
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = this.createServer();
  }

  private createServer(): SMTPServer {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        const failure = this.failures.shift();
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (failure) {
            const error = new Error(failure >= 500 ? 'mailbox unavailable' : 'try again later') as Error & { responseCode: number };
            error.responseCode = failure;
            callback(error);
            return;
          }
          simpleParser(Buffer.concat(chunks))
            .then((parsed) => {
              this.mails.push({
                to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? ''),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                headers: parsed.headers,
                raw: parsed,
              });
              this.notify();
              if (this.holding) this.held.push(() => callback());
              else callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    // A client that dies mid-session (a killed sender process) resets its connection; smtp-server
    // reports that as an 'error' event, which without a listener would crash the test process.
    server.on('error', () => undefined);
    return server;
  }

  async start(port = 0): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Stops and starts again on the same port (an SMTP outage). */
  async restart(): Promise<void> {
    this.server = this.createServer();
    await this.start(this.port);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * From now on, keep each mail but do not answer the client (as if the server or network hung
   * after the data arrived) until `release()`: the sender cannot know the mail was delivered.
   */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) {
      try {
        answer();
      } catch {
        // the client may be gone (killed sender)
      }
    }
  }

  failNext(...codes: number[]): void {
    this.failures.push(...codes);
  }

  to(address: string): ReceivedMail[] {
    return this.mails.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
  }

  /** Resolves once `count` mails in total have arrived; rejects after `timeoutMs`. */
  waitForCount(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.mails.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} mail(s), got ${this.mails.length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  private notify(): void {
    const ready = this.waiters.filter((w) => this.mails.length >= w.count);
    this.waiters = this.waiters.filter((w) => this.mails.length < w.count);
    for (const waiter of ready) waiter.resolve();
  }
}

/** A header's raw value, unfolded (mailparser restructures List-* headers, so read the lines). */
export function headerValue(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.raw.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim();
}

/** The first URL in a text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}[^\\s"<>]*`).exec(text);
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return match[0];
}
