import ical from 'ical-generator';
import { addDays } from '../../common/clock';
import type { Commitment } from '../../commitments/commitment.entity';
import { ownerOf } from '../view-format';
import { truncate } from '../../common/truncate';

export interface CalendarInput {
  name: string;
  publicUrl: string;
  commitments: Commitment[];
  /** How often each commitment's deadline moved: its SEQUENCE, so calendars replace the old date. */
  moves: Map<string, number>;
}

/** An RFC 5545 calendar: one all-day event per due date, with a UID that never changes for a commitment. */
export function buildCalendar(input: CalendarInput): string {
  const host = new URL(input.publicUrl).host;
  const calendar = ical({ name: input.name, prodId: { company: 'toezegd', product: 'termijnen', language: 'NL' } });
  for (const c of input.commitments) {
    if (!c.effectiveDue) continue;
    const url = `${input.publicUrl}/toezeggingen/${c.id}`;
    calendar.createEvent({
      id: `${c.id}@${host}`,
      allDay: true,
      start: dayStart(c.effectiveDue),
      end: dayStart(addDays(c.effectiveDue, 1)),
      summary: `Termijn: ${truncate(`${ownerOf(c)}: ${c.vehicle ?? c.quote}`, 150)}`,
      description: [c.quote, c.deadlinePhrase ? `Termijn: «${c.deadlinePhrase}»` : null, url].filter(Boolean).join('\n\n'),
      url,
      sequence: input.moves.get(c.id) ?? 0,
      stamp: c.updatedAt,
      lastModified: c.updatedAt,
    });
  }
  return calendar.toString();
}

// ical-generator writes all-day dates from the UTC fields of a Date.
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
