import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * PDF.js options for text only: no font faces, no eval, no system fonts, no fetching of font or
 * CMap data (a text layer needs none of them), no messages on stdout/stderr (verbosity 0).
 */
export const PDF_TEXT_OPTIONS = {
  verbosity: 0,
  disableFontFace: true,
  isEvalSupported: false,
  useSystemFonts: false,
  useWorkerFetch: false,
  disableAutoFetch: true,
  disableStream: true,
} as const;

/** PDF.js in this thread; also used for single files, where starting workers would not pay. */
export async function pdfTextInThread(bytes: Uint8Array): Promise<string> {
  const unpdf = await loadUnpdf();
  const pdf = await unpdf.getDocumentProxy(bytes, PDF_TEXT_OPTIONS);
  try {
    const { text } = await unpdf.extractText(pdf, { mergePages: false });
    return (text as string[]).join('\n\n');
  } finally {
    // extractText leaves a document it was handed open; without this every PDF stays in memory.
    await pdf.destroy();
  }
}

async function importUnpdf() {
  const unpdf = await import('unpdf');
  // Name the bundled PDF.js explicitly: unpdf's own lookup is a dynamic import jest cannot follow.
  await unpdf.definePDFJSModule(() => import('unpdf/pdfjs'));
  return unpdf;
}

let unpdfLoaded: ReturnType<typeof importUnpdf> | null = null;

function loadUnpdf(): ReturnType<typeof importUnpdf> {
  unpdfLoaded ??= importUnpdf();
  return unpdfLoaded;
}

// The worker is plain JavaScript evaluated from a string, so it runs the same from dist/ and under
// jest (which compiles our TypeScript in memory only). It loads unpdf's ES module build by path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const ready = (async () => {
  const unpdf = await import(pathToFileURL(workerData.unpdf).href);
  await unpdf.definePDFJSModule(() => import(pathToFileURL(workerData.pdfjs).href));
  return unpdf;
})();
parentPort.on('message', async ({ id, bytes }) => {
  try {
    const unpdf = await ready;
    const pdf = await unpdf.getDocumentProxy(bytes, workerData.options);
    try {
      const { text } = await unpdf.extractText(pdf, { mergePages: false });
      parentPort.postMessage({ id, text: text.join('\\n\\n') });
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    parentPort.postMessage({ id, error: error && error.message ? String(error.message) : String(error) });
  }
});
`;

interface Job {
  resolve: (text: string) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Reads PDFs in worker threads, so parsing runs beside the sync's database work instead of on its
 * thread. Each worker takes several PDFs at once: PDF.js spends much of a small file waiting on its
 * own message passing. Idle workers do not keep the process alive.
 */
export class PdfTextPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly size: number) {}

  async text(bytes: Uint8Array): Promise<string> {
    if (this.size === 0 || this.closed) return pdfTextInThread(bytes);
    const slot = this.leastBusy();
    const id = this.nextId++;
    // The worker takes ownership; downloaded buffers are often views into a shared pool, so copy those.
    const buffer = bytes.buffer;
    const owned = buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
    const copy = owned ? new Uint8Array(buffer) : new Uint8Array(bytes);
    return new Promise<string>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      if (slot.jobs.size === 1) slot.worker.ref();
      slot.worker.postMessage({ id, bytes: copy }, [copy.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private leastBusy(): PoolWorker {
    if (this.workers.length < this.size) {
      const spawned = this.spawn();
      this.workers.push(spawned);
      return spawned;
    }
    return this.workers.reduce((best, w) => (w.jobs.size < best.jobs.size ? w : best));
  }

  private spawn(): PoolWorker {
    const dist = path.dirname(require.resolve('unpdf'));
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { unpdf: path.join(dist, 'index.mjs'), pdfjs: path.join(dist, 'pdfjs.mjs'), options: PDF_TEXT_OPTIONS },
      stdout: true,
      stderr: true,
    });
    const slot: PoolWorker = { worker, jobs: new Map() };
    // PDF.js may print about odd files; failures reach the caller as rejected jobs instead.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    worker.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
      const job = slot.jobs.get(id);
      if (!job) return;
      slot.jobs.delete(id);
      if (slot.jobs.size === 0) worker.unref();
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(text ?? '');
    });
    const fail = (error: Error) => {
      const index = this.workers.indexOf(slot);
      if (index >= 0) this.workers.splice(index, 1);
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PDF worker stopped (exit code ${code})`)));
    return slot;
  }
}
