import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface SeedDocument {
  id?: string;
  kind?: string;
  number?: string | null;
  title?: string | null;
  date?: string;
  caseNumber?: string | null;
  ministry?: string | null;
  text?: string;
  blocks?: unknown[];
}

export interface SeedCommitment {
  id?: string;
  documentId?: string | null;
  quote?: string;
  startOffset?: number | null;
  endOffset?: number | null;
  kind?: 'report' | 'action';
  ownerRole?: string | null;
  ownerName?: string | null;
  ministry?: string | null;
  vehicle?: string | null;
  deadlinePhrase?: string | null;
  due?: string | null;
  dueExplanation?: string | null;
  effectiveDue?: string | null;
  status?: string;
  confidence?: number;
  origin?: string;
  fulfilledAt?: string | null;
  fulfillingLetter?: string | null;
  createdAt?: string;
}

/** Inserts a document row directly: tests of pages need documents the extractor would never produce. */
export async function seedDocument(db: DataSource, d: SeedDocument = {}): Promise<string> {
  const id = d.id ?? randomUUID();
  const text = d.text ?? 'Tekst van het document.';
  await db.query(
    `INSERT INTO document (id, source, external_id, number, kind, title, date, case_number, ministry, text, text_hash, blocks)
     VALUES ($1::uuid, 'file', $1::text, $2, $3, $4, $5, $6, $7, $8, md5($8) || md5($8), $9::jsonb)`,
    [id, d.number ?? null, d.kind ?? 'answer', d.title ?? 'Antwoord op vragen', d.date ?? '2020-06-30', d.caseNumber ?? null, d.ministry ?? null, text, JSON.stringify(d.blocks ?? [])],
  );
  return id;
}

export async function seedCommitment(db: DataSource, c: SeedCommitment = {}): Promise<string> {
  const id = c.id ?? randomUUID();
  await db.query(
    `INSERT INTO commitment (id, document_id, quote, start_offset, end_offset, kind, owner_role, owner_name, ministry, vehicle,
       deadline_phrase, due, due_source, due_explanation, effective_due, confidence, status, origin, fulfilled_at, fulfilling_letter, fingerprint, created_at)
     VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $1::text, coalesce($21::timestamptz, '2020-06-30T12:00:00Z'))`,
    [
      id, c.documentId ?? null, c.quote ?? 'Ik zal uw Kamer voor de zomer informeren.', c.startOffset ?? null, c.endOffset ?? null,
      c.kind ?? 'report', c.ownerRole ?? 'Minister van Justitie en Veiligheid', c.ownerName ?? 'Grapperhaus', c.ministry ?? 'Justitie en Veiligheid',
      c.vehicle ?? null, c.deadlinePhrase ?? null, c.due ?? null, c.due ? 'phrase' : 'default', c.dueExplanation ?? null,
      c.effectiveDue ?? c.due ?? null, c.confidence ?? 0.9, c.status ?? 'open', c.origin ?? 'extracted', c.fulfilledAt ?? null, c.fulfillingLetter ?? null,
      c.createdAt ?? null,
    ],
  );
  await db.query(`INSERT INTO commitment_event (commitment_id, type, actor, occurred_at) VALUES ($1, 'created', 'import', coalesce($2::timestamptz, '2020-06-30T12:00:00Z'))`, [id, c.createdAt ?? null]);
  return id;
}
