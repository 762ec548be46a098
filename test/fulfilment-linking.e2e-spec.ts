import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DocumentImportService } from '../src/importing/document-import.service';
import { OutboxSender } from '../src/notifications/outbox-sender.service';
import { linkIn, SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';

const fixture = (...parts: string[]) => readFileSync(path.join(__dirname, 'fixtures', ...parts), 'utf8');
const READER = 'kamermedewerker@example.nl';
const BRITISH_TALKS = /Britse collega/;

interface HistoryEntry {
  type: string;
  actor: string;
  details: Record<string, unknown>;
}

/**
 * Automatic linking through the import path that file import and TK sync share: a letter that
 * cites an answer keeps its promise without an editor, a subscriber hears it once, an editor can
 * undo it, and a postponement moves the deadline with a `deadline_changed` mail.
 */
describe('automatic fulfilment linking through import', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let importer: DocumentImportService;
  const editor = { Authorization: `Bearer ${EDITOR_TOKEN}` };

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    importer = t.app.get(DocumentImportService);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('links a citing letter, lets an editor undo it, and moves a postponed deadline', async () => {
    const http = request(t.app.getHttpServer());
    await importer.importText(fixture('ah-tk-20192020-3349.txt'), { source: 'file' }, 'import');
    const list = await http.get('/api/commitments').query({ q: 'Britse collega' }).expect(200);
    const commitment = list.body.items.find((c: { quote: string; vehicle: string | null }) => BRITISH_TALKS.test(c.quote) && c.vehicle);
    expect(commitment).toBeDefined();
    expect(commitment.status).toBe('open');

    await http.post(`/api/commitments/${commitment.id}/subscriptions`).send({ email: READER }).expect(202);
    await smtp.waitForCount(1);
    const confirmUrl = linkIn(smtp.mails[0].text, `${PUBLIC_URL}/subscriptions/confirm?token=`);
    await http.get(confirmUrl.slice(PUBLIC_URL.length)).expect(200);

    // A voortgangsbrief that cites the answer (Aanhangsel nr. 3349) and its question 8.
    await importer.importText(fixture('fulfilment', 'letters', 'letter-3349-voortgangsbrief.txt'), { source: 'file' }, 'import');
    const linked = await http.get(`/api/commitments/${commitment.id}`).expect(200);
    expect(linked.body.status).toBe('fulfilled');
    expect(linked.body.autoLinked).toBe(true);
    expect(linked.body.fulfillingDocument.title).toBe('Mensenhandel');
    const autoEvent = linked.body.history.find((e: HistoryEntry) => e.type === 'status_changed');
    expect(autoEvent.actor).toBe('auto');
    expect(JSON.stringify(autoEvent.details.reasons)).toContain('nr. 3349');

    await smtp.waitForCount(2);
    const fulfilledMail = smtp.mails[1];
    expect(fulfilledMail.to?.toString() ?? '').toContain(READER);
    expect(fulfilledMail.subject).toMatch(/nagekomen/i);
    expect(fulfilledMail.text).toContain(commitment.quote.slice(0, 40));

    // Importing the same letter again links nothing twice and sends nothing more.
    await importer.importText(fixture('fulfilment', 'letters', 'letter-3349-voortgangsbrief.txt'), { source: 'file' }, 'import');
    await t.app.get(OutboxSender).deliver();
    expect(smtp.to(READER)).toHaveLength(2);

    // The letter is visible as the link's evidence; only editors may undo.
    const candidates = await http.get(`/api/commitments/${commitment.id}/fulfilment/candidates`).expect(200);
    expect(candidates.body[0]).toMatchObject({ status: 'auto_linked', explicitCitation: true });
    await http.post(`/api/commitments/${commitment.id}/fulfilment/undo`).send({}).expect(401);
    const undone = await http.post(`/api/commitments/${commitment.id}/fulfilment/undo`).set(editor).send({ note: 'verkeerde brief' }).expect(200);
    expect(undone.body).toMatchObject({ status: 'open', autoLinked: false, fulfillingLetter: null, fulfillingDocument: null });
    expect(undone.body.history.at(-1)).toMatchObject({ type: 'status_changed', actor: 'editor:redactie', details: { undo: 'auto_link' } });
    await http.post(`/api/commitments/${commitment.id}/fulfilment/undo`).set(editor).send({}).expect(409);

    // A later letter postpones the same promise: "na het zomerreces".
    const before = undone.body.effectiveDue as string;
    await importer.importText(fixture('fulfilment', 'letters', 'postponement-3349-britse-aanpak.txt'), { source: 'file' }, 'import');
    const moved = await http.get(`/api/commitments/${commitment.id}`).expect(200);
    expect(moved.body.status).toBe('open');
    expect(moved.body.effectiveDue).toBe('2021-09-30');
    const dueChanged = moved.body.history.find((e: HistoryEntry) => e.type === 'due_changed');
    expect(dueChanged).toMatchObject({ actor: 'auto', details: { from: before, to: '2021-09-30' } });
    expect(String(dueChanged.details.reason)).toContain('na het zomerreces');

    await smtp.waitForCount(3);
    const changedMail = smtp.mails[2];
    expect(changedMail.subject).toMatch(/termijn/i);
    expect(changedMail.text).toContain('2021');
    expect(smtp.to(READER)).toHaveLength(3);

    // The postponing letter closed nothing: it is at most a suggestion. Editors work the queue.
    await http.get('/api/fulfilment/suggestions').expect(401);
    const queue = await http.get('/api/fulfilment/suggestions').set(editor).expect(200);
    const items = queue.body.items as { id: string; status: string; score: number; reasons: unknown[]; commitment: { id: string; status: string } }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((s) => s.status === 'suggested' && s.reasons.length > 0)).toBe(true);
    expect(items.map((s) => s.score)).toEqual([...items.map((s) => s.score)].sort((a, b) => b - a));
    const open = items.filter((s) => s.commitment.id !== commitment.id && s.commitment.status === 'open');
    const first = open[0];
    const second = open.find((s) => s.commitment.id !== first.commitment.id);
    expect(second).toBeDefined();
    const rejected = await http.post(`/api/fulfilment/suggestions/${first.id}/reject`).set(editor).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedBy: 'editor:redactie' });
    await http.post(`/api/fulfilment/suggestions/${first.id}/accept`).set(editor).send({}).expect(409);
    await http.post(`/api/fulfilment/suggestions/${second!.id}/accept`).set(editor).send({ status: 'partially_fulfilled' }).expect(200);
    const accepted = await http.get(`/api/commitments/${second!.commitment.id}`).expect(200);
    expect(accepted.body).toMatchObject({ status: 'partially_fulfilled', autoLinked: false });
    expect(accepted.body.history.at(-1).actor).toBe('editor:redactie');
  });
});
