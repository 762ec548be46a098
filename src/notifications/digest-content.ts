import { daysBetween } from '../common/clock';
import { currentOffice } from '../ministries/ministry-lineage';
import type { NotificationEvent } from '../outbox/notification.entity';

export interface DigestCommitment {
  id: string;
  status: string;
  quote: string;
  ownerRole: string | null;
  ownerName: string | null;
  ministry: string | null;
  vehicle: string | null;
  deadlinePhrase: string | null;
  effectiveDue: string | null;
  dueSource: string;
  fulfillingLetter: string | null;
  documentTitle: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  documentUrl: string | null;
  documentId: string | null;
}

export interface DigestItemInput {
  event: NotificationEvent;
  payload: Record<string, unknown>;
  commitment: DigestCommitment;
}

const EVENT_LABELS: Record<NotificationEvent, string> = {
  confirmation: 'Bevestig uw aanmelding',
  due_soon: 'Toezegging bijna verlopen',
  overdue: 'Toezegging over tijd',
  still_overdue: 'Toezegging nog steeds over tijd',
  fulfilled: 'Toezegging nagekomen',
  deadline_changed: 'Termijn van toezegging gewijzigd',
  new_commitment: 'Nieuwe toezegging',
};

/** Whether a queued notice still tells the truth when it is about to be sent. */
export function isStillRelevant(item: DigestItemInput): boolean {
  const c = item.commitment;
  switch (item.event) {
    case 'due_soon':
    case 'overdue':
    case 'still_overdue':
      return c.status === 'open' && c.effectiveDue === item.payload.effectiveDue;
    default:
      return true;
  }
}

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

function summaryOf(item: DigestItemInput, today: string): string {
  const c = item.commitment;
  const who = c.ownerRole ?? 'De bewindspersoon';
  switch (item.event) {
    case 'due_soon':
      return `${who} heeft nog ${days(Math.max(0, daysBetween(today, c.effectiveDue ?? today)))} om deze toezegging na te komen.`;
    case 'overdue':
    case 'still_overdue': {
      const late = days(Math.max(0, daysBetween(c.effectiveDue ?? today, today)));
      // No date was promised: the default term passed, which is no broken promise.
      if (c.dueSource === 'default') return `${who} noemde geen termijn; de standaardtermijn is ${late} verstreken.`;
      return `${who} is ${late} te laat met deze toezegging.`;
    }
    case 'fulfilled':
      return item.payload.status === 'partially_fulfilled'
        ? `${who} is deze toezegging deels nagekomen.`
        : `${who} is deze toezegging nagekomen.`;
    case 'deadline_changed':
      return `De termijn is verschoven naar ${String(item.payload.effectiveDue ?? 'onbekend')}.`;
    case 'new_commitment':
      return `${who} heeft een nieuwe toezegging gedaan.`;
    case 'confirmation':
      return '';
  }
}

export function digestItem(item: DigestItemInput, today: string, publicUrl: string) {
  const c = item.commitment;
  return {
    event: item.event,
    eventLabel: EVENT_LABELS[item.event],
    summary: summaryOf(item, today),
    letter: item.event === 'fulfilled' ? (c.fulfillingLetter ?? null) : null,
    commitment: {
      quote: c.quote,
      ownerRole: c.ownerRole ?? 'onbekende bewindspersoon',
      ownerName: c.ownerName,
      currentOwnerRole: currentOffice({ role: c.ownerRole, ministry: c.ministry }, c.documentDate, `${c.quote} ${c.vehicle ?? ''}`)?.role ?? null,
      vehicle: c.vehicle,
      deadlinePhrase: c.deadlinePhrase,
      effectiveDue: c.effectiveDue,
      defaultTerm: c.dueSource === 'default',
      url: `${publicUrl}/toezeggingen/${c.id}`,
    },
    document: {
      title: c.documentTitle ?? (c.documentNumber ? `Document ${c.documentNumber}` : 'Brondocument'),
      number: c.documentNumber,
      date: c.documentDate,
      url: c.documentUrl ?? (c.documentId ? `${publicUrl}/documenten/${c.documentId}` : publicUrl),
    },
  };
}

export function eventLabel(event: NotificationEvent): string {
  return EVENT_LABELS[event];
}
