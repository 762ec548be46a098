/**
 * SQLSTATEs of a lost server connection (admin/crash shutdown, cannot connect now, connection
 * exceptions), and the socket errors of a connection the server closed under the client: a
 * terminated backend shows up as either, depending on whether the client was reading or writing.
 */
const CONNECTION_LOSS_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNRESET', 'EPIPE']);

/** Whether `error` means the database connection went away (not that the statement was wrong). */
export function isConnectionLoss(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown; message?: unknown }; message?: unknown } | null;
  const code = e?.code ?? e?.driverError?.code;
  const message = String(e?.driverError?.message ?? e?.message ?? '');
  return (typeof code === 'string' && CONNECTION_LOSS_CODES.has(code)) || /Connection terminated|\bECONNRESET\b|\bEPIPE\b/i.test(message);
}

/**
 * Runs an idempotent unit of work again when the connection was lost. A pool can hand out a
 * connection the server already closed (it learns so only on use), so one lost connection should
 * not fail the next run too. Gives up after `attempts` and rethrows.
 */
export async function retryOnConnectionLoss<T>(work: () => Promise<T>, onRetry: (error: unknown) => void, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isConnectionLoss(error)) throw error;
      onRetry(error);
    }
  }
}
