import { dutchDay } from '../common/clock';
import type { RenderedMail, MailTemplate } from '../mail/mail-renderer';
import type { OutgoingMail } from '../mail/mail-transport';
import { digestItem, DigestCommitment, DigestItemInput, isStillRelevant } from './digest-content';
import { describeTargetRow, SubscriptionTargetRow } from '../subscriptions/subscription-description';
import type { PendingToken } from './mail-links.service';
import type { ClaimedNotification } from '../outbox/outbox.repository';
import { DUTCH_TIME_ZONE } from '../common/time-zone';

/** What the rows of one claimed batch refer to, read in three queries before anything is composed. */
export interface BatchContent {
  subscribers: Map<string, { email: string; suppressed: boolean }>;
  commitments: Map<string, DigestCommitment>;
  targets: Map<string, SubscriptionTargetRow & { active: boolean }>;
}

/** The side-effect-free helpers composing needs: rendering templates and making secret links. */
export interface ComposeTools {
  render(template: MailTemplate, data: Record<string, unknown>): RenderedMail;
  confirmationLink(subscriberId: string, subscriptionIds: string[], now: Date): { pending: PendingToken; confirmUrl: string; expiresAt: Date };
  unsubscribeLinks(
    subscriberId: string,
    subscriptionIds: string[],
  ): { pending: PendingToken; unsubscribeUrl: string; manageUrl: string; headers: Record<string, string> };
  publicUrl: string;
}

/** One mail ready to send, the rows it carries and the link it needs stored first. */
export interface ComposedMail {
  subscriberId: string;
  rows: ClaimedNotification[];
  mail: OutgoingMail;
  token: PendingToken;
}

/** Rows that could not be composed, with why: recorded on the rows as a failed attempt. */
export interface CompositionFailure {
  rows: ClaimedNotification[];
  error: unknown;
}

export interface ComposedBatch {
  mails: ComposedMail[];
  /** Notification ids to cancel, by reason. */
  cancelled: Map<string, string[]>;
  failures: CompositionFailure[];
}

/**
 * The commitments a notice is about, each with the payload of its item: one (commitment_id), or
 * the list of a ministry/search subscription's overdue notice (payload.commitments).
 */
export function listedCommitments(row: ClaimedNotification): { id: string; payload: Record<string, unknown> }[] {
  const list = row.payload.commitments;
  if (Array.isArray(list)) return (list as { id: string; effectiveDue: string | null }[]).map((c) => ({ id: c.id, payload: { effectiveDue: c.effectiveDue } }));
  return row.commitmentId ? [{ id: row.commitmentId, payload: row.payload }] : [];
}

export function groupBySubscriber(batch: ClaimedNotification[]): Map<string, ClaimedNotification[]> {
  const bySubscriber = new Map<string, ClaimedNotification[]>();
  for (const row of batch) {
    const rows = bySubscriber.get(row.subscriberId);
    if (rows) rows.push(row);
    else bySubscriber.set(row.subscriberId, [row]);
  }
  return bySubscriber;
}

/** Runs `compose`; a throw becomes a failure of `rows` instead of ending the batch. */
function isolated<T>(rows: ClaimedNotification[], failures: CompositionFailure[], compose: () => T): T | null {
  try {
    return compose();
  } catch (error) {
    failures.push({ rows, error });
    return null;
  }
}

function describeTarget(content: BatchContent, subscriptionId: string | null): string | null {
  const target = content.targets.get(subscriptionId ?? '');
  return target ? describeTargetRow(target) : null;
}

/** The confirmation mail of one fresh subscription. */
export function composeConfirmation(row: ClaimedNotification, email: string, content: BatchContent, tools: ComposeTools, now: Date): ComposedMail {
  const link = tools.confirmationLink(row.subscriberId, row.subscriptionId ? [row.subscriptionId] : [], now);
  const commitmentId = content.targets.get(row.subscriptionId ?? '')?.commitmentId;
  const mail = tools.render('confirmation', {
    target: describeTarget(content, row.subscriptionId) ?? 'toezeggingen',
    // No dead end: the promise itself, readable before confirming.
    targetUrl: commitmentId ? `${tools.publicUrl}/toezeggingen/${commitmentId}` : null,
    confirmUrl: link.confirmUrl,
    expiresAt: link.expiresAt.toLocaleString('nl-NL', { timeZone: DUTCH_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }),
  });
  return { subscriberId: row.subscriberId, rows: [row], mail: { to: email, ...mail }, token: link.pending };
}

/** The digest items of one notice; none when it no longer tells the truth (or its subscription stopped). */
export function digestItemsOf(row: ClaimedNotification, content: BatchContent): DigestItemInput[] {
  if (!content.targets.get(row.subscriptionId ?? '')?.active) return [];
  const items: DigestItemInput[] = [];
  for (const listed of listedCommitments(row)) {
    const commitment = content.commitments.get(listed.id);
    const input = commitment ? { event: row.event, payload: listed.payload, commitment } : null;
    if (input && isStillRelevant(input)) items.push(input);
  }
  return items;
}

/** One digest mail of a subscriber's notices (at least one item). */
export function composeDigest(
  subscriberId: string,
  email: string,
  items: { row: ClaimedNotification; input: DigestItemInput }[],
  content: BatchContent,
  tools: ComposeTools,
  now: Date,
): ComposedMail {
  const subscriptionIds = [...new Set(items.flatMap((i) => (i.row.subscriptionId ? [i.row.subscriptionId] : [])))];
  const links = tools.unsubscribeLinks(subscriberId, subscriptionIds);
  const today = dutchDay(now);
  const rendered = items.map((i) => {
    const target = content.targets.get(i.row.subscriptionId ?? '');
    const via = target && target.targetType !== 'commitment' ? describeTargetRow(target) : null;
    return { ...digestItem(i.input, today, tools.publicUrl), via };
  });
  const mail = tools.render('digest', {
    items: rendered,
    count: rendered.length,
    single: rendered.length === 1 ? rendered[0] : null,
    unsubscribeUrl: links.unsubscribeUrl,
    manageUrl: links.manageUrl,
  });
  return { subscriberId, rows: [...new Set(items.map((i) => i.row))], mail: { to: email, ...mail, headers: links.headers }, token: links.pending };
}

/**
 * A subscriber's digest; when the whole digest cannot be composed, each notice is tried alone, so
 * only the notices that cannot be composed fail and the others still go out.
 */
function composeDigestIsolated(
  subscriberId: string,
  email: string,
  items: { row: ClaimedNotification; input: DigestItemInput }[],
  content: BatchContent,
  tools: ComposeTools,
  now: Date,
  failures: CompositionFailure[],
): ComposedMail[] {
  try {
    return [composeDigest(subscriberId, email, items, content, tools, now)];
  } catch {
    const rows = [...new Set(items.map((i) => i.row))];
    return rows.flatMap((row) => {
      const own = items.filter((i) => i.row === row);
      const mail = isolated([row], failures, () => composeDigest(subscriberId, email, own, content, tools, now));
      return mail ? [mail] : [];
    });
  }
}

/**
 * Composes the mails of a claimed batch: one confirmation per fresh subscription and one digest per
 * subscriber. Pure apart from the random link tokens: reads nothing, writes nothing. Every row
 * ends up in exactly one of: a mail, the cancelled lists, or the failures.
 */
export function composeBatch(batch: ClaimedNotification[], content: BatchContent, tools: ComposeTools, now: Date): ComposedBatch {
  const result: ComposedBatch = { mails: [], cancelled: new Map(), failures: [] };
  const cancel = (ids: string[], reason: string) => {
    if (ids.length === 0) return;
    const list = result.cancelled.get(reason);
    if (list) list.push(...ids);
    else result.cancelled.set(reason, [...ids]);
  };
  for (const [subscriberId, rows] of groupBySubscriber(batch)) {
    const subscriber = content.subscribers.get(subscriberId);
    if (!subscriber || subscriber.suppressed) {
      cancel(rows.map((r) => r.id), 'address suppressed');
      continue;
    }
    const items: { row: ClaimedNotification; input: DigestItemInput }[] = [];
    const stale: string[] = [];
    for (const row of rows) {
      if (row.event === 'confirmation') {
        const mail = isolated([row], result.failures, () => composeConfirmation(row, subscriber.email, content, tools, now));
        if (mail) result.mails.push(mail);
        continue;
      }
      const own = isolated([row], result.failures, () => digestItemsOf(row, content));
      if (own === null) continue;
      if (own.length === 0) stale.push(row.id);
      for (const input of own) items.push({ row, input });
    }
    cancel(stale, 'no longer relevant');
    if (items.length > 0) result.mails.push(...composeDigestIsolated(subscriberId, subscriber.email, items, content, tools, now, result.failures));
  }
  return result;
}
