import { spawn } from 'node:child_process';
import path from 'node:path';
import { DeliveryReport, emptyDeliveryReport } from './outbox-sender.service';

/** The built CLI (dist/src/cli.js), which `remind --deliver-only` runs in each worker. */
const CLI = path.join(__dirname, '..', 'cli.js');

/**
 * Delivers the outbox with `workers` sender processes (`toezegd remind --deliver-only`) side by
 * side. Composing and sending mail is CPU-bound, one process uses one core; the workers share the
 * outbox through SKIP LOCKED claims like any other instances would. The SMTP rate limit
 * (`ratePerSecond`, 0 = none) is per process, so each worker gets its share of it. Resolves with the summed reports once
 * every worker has ended; rejects if one failed (its claimed rows go back to the queue by the sweep).
 */
export async function deliverWithWorkers(workers: number, now: Date, env: NodeJS.ProcessEnv, ratePerSecond: number): Promise<DeliveryReport> {
  const share = ratePerSecond > 0 ? Math.max(1, Math.floor(ratePerSecond / workers)) : 0;
  const runs = await Promise.allSettled(
    Array.from({ length: workers }, () => runWorker(now, { ...env, SMTP_RATE_PER_SECOND: String(share) })),
  );
  const failure = runs.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  const total = emptyDeliveryReport();
  for (const run of runs) {
    const report = (run as PromiseFulfilledResult<DeliveryReport>).value;
    for (const key of Object.keys(total) as (keyof DeliveryReport)[]) total[key] += report[key];
  }
  return total;
}

function runWorker(now: Date, env: NodeJS.ProcessEnv): Promise<DeliveryReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'remind', '--deliver-only', '--now', now.toISOString()], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`delivery worker ${child.pid} exited with ${code}`));
        return;
      }
      try {
        resolve((JSON.parse(stdout.trim().split('\n').pop() ?? '') as { delivered: DeliveryReport }).delivered);
      } catch {
        reject(new Error(`delivery worker ${child.pid} printed no report`));
      }
    });
  });
}
