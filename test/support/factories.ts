import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** Direct inserts for test data that is not what a test is about (the API paths have their own tests). */
export class TestData {
  private constructor(private readonly db: Client) {}

  static async connect(databaseUrl: string): Promise<TestData> {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    return new TestData(db);
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params).then((r) => r.rows as T[]);
  }

  async document(overrides: { title?: string; number?: string; date?: string } = {}): Promise<string> {
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO document (id, source, external_id, number, kind, title, date, text, text_hash, blocks)
       VALUES ($1, 'file', $2::text, $3, 'answer', $4, $5, 'tekst', md5($2::text), '[]')`,
      [id, id, overrides.number ?? null, overrides.title ?? 'Antwoord op vragen', overrides.date ?? '2026-01-05'],
    );
    return id;
  }

  async commitment(overrides: {
    effectiveDue: string;
    quote?: string;
    ministry?: string;
    ownerRole?: string;
    documentId?: string | null;
    createdAt?: Date;
    status?: string;
    dueSource?: 'explicit' | 'phrase' | 'default' | 'manual';
  }): Promise<string> {
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO commitment (id, document_id, quote, kind, owner_role, ministry, due, due_source, effective_due, confidence, status, origin, fingerprint, created_at)
       VALUES ($1, $2, $3, 'report', $4, $5, $6::date, $10::due_source, $6::date, 0.9, $7, 'manual', $9, coalesce($8, now()))`,
      [
        id,
        overrides.documentId ?? null,
        overrides.quote ?? `Ik zal uw Kamer informeren over dossier ${id.slice(0, 8)}.`,
        overrides.ownerRole ?? 'Minister van Justitie en Veiligheid',
        overrides.ministry ?? 'Justitie en Veiligheid',
        overrides.effectiveDue,
        overrides.status ?? 'open',
        overrides.createdAt ?? null,
        id,
        overrides.dueSource ?? 'explicit',
      ],
    );
    return id;
  }

  /** A confirmed subscriber following one commitment (the opt-in is tested elsewhere). */
  async follower(email: string, commitmentId: string, confirmedAt = new Date('2026-01-01T00:00:00Z')): Promise<{ subscriberId: string; subscriptionId: string }> {
    const [subscriber] = await this.query<{ id: string }>(
      `INSERT INTO subscriber (email, email_normalized) VALUES ($1::text, lower($1::text))
       ON CONFLICT (email_normalized) DO UPDATE SET email = excluded.email RETURNING id`,
      [email],
    );
    const [subscription] = await this.query<{ id: string }>(
      `INSERT INTO subscription (subscriber_id, target_type, target_key, commitment_id, status, confirmed_at)
       VALUES ($1, 'commitment', $4, $2, 'confirmed', $3) RETURNING id`,
      [subscriber.id, commitmentId, confirmedAt, `commitment:${commitmentId}`],
    );
    return { subscriberId: subscriber.id, subscriptionId: subscription.id };
  }

  async statusCounts(): Promise<Record<string, number>> {
    const rows = await this.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM notification GROUP BY status`);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  close(): Promise<void> {
    return this.db.end();
  }
}
