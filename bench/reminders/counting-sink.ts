import { fork } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SinkCounts {
  received: number;
  recipients: number;
  duplicates: number;
}

/**
 * A real SMTP server that only counts DATA messages and their recipients. It runs in a child
 * process, like a real relay would: its CPU time is not charged to the sender being measured.
 */
export class CountingSink {
  private child: ReturnType<typeof fork> | null = null;

  async start(): Promise<string> {
    const child = fork(__filename, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('error', reject);
    });
    return `smtp://127.0.0.1:${port}`;
  }

  counts(): Promise<SinkCounts> {
    const child = this.child;
    if (!child) return Promise.resolve({ received: 0, recipients: 0, duplicates: 0 });
    return new Promise((resolve) => {
      child.once('message', (m: SinkCounts) => resolve(m));
      child.send('counts');
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill();
    });
  }
}

function serve(): void {
  let received = 0;
  const perRecipient = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 200,
    onData: (stream, session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        for (const rcpt of session.envelope.rcptTo) perRecipient.set(rcpt.address, (perRecipient.get(rcpt.address) ?? 0) + 1);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.server.address() as AddressInfo).port }));
  process.on('message', () => {
    let duplicates = 0;
    for (const n of perRecipient.values()) if (n > 1) duplicates++;
    process.send?.({ received, recipients: perRecipient.size, duplicates });
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv.includes('--serve')) serve();
