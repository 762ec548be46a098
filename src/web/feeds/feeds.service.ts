import { Inject, Injectable } from '@nestjs/common';
import { addDays, Clock, dutchDay } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import type { Commitment } from '../../commitments/commitment.entity';
import { CommitmentFilters, CommitmentsRepository } from '../../commitments/commitments.repository';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { filterQuery, ownerOf, STATUS_LABELS } from '../view-format';
import { truncate } from '../../common/truncate';
import { WebPagesService } from '../web-pages.service';
import { WebQueriesRepository } from '../web-queries.repository';
import { AtomEntry, buildAtom } from './atom-feed';
import { buildCalendar } from './ical-feed';
import { AccessTokensRepository } from '../../subscriptions/access-tokens.repository';

export const ATOM_FEEDS = ['nieuw', 'over-tijd', 'nagekomen'] as const;
export type AtomFeedName = (typeof ATOM_FEEDS)[number];

const CALENDAR_LIMIT = 2000;
const ATOM_LIMIT = 50;
const ATOM_TITLES: Record<AtomFeedName, string> = { nieuw: 'Nieuwe toezeggingen', 'over-tijd': 'Toezeggingen over tijd', nagekomen: 'Nagekomen toezeggingen' };

@Injectable()
export class FeedsService {
  constructor(
    private readonly commitments: CommitmentsRepository,
    private readonly queries: WebQueriesRepository,
    private readonly tokens: AccessTokensRepository,
    private readonly pages: WebPagesService,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Due dates of open commitments matching a (saved) search; no filters = all. */
  async calendar(filters: CommitmentFilters): Promise<string> {
    const commitments = await this.openMatching(filters);
    const query = filterQuery(filters);
    return this.calendarOf(query ? `toezegd: ${query}` : 'toezegd: alle termijnen', commitments);
  }

  async ministryCalendar(slug: string): Promise<string> {
    const ministry = await this.pages.ministryBySlug(slug);
    return this.calendarOf(`toezegd: ${ministry}`, await this.openMatching({ ministry }));
  }

  /** Everything one subscriber follows (confirmed), opened with the token of any mail they received. */
  async subscriberCalendar(token: string): Promise<string> {
    const subscriberId = (await this.tokens.find(token, 'mail'))?.subscriberId;
    if (!subscriberId) throw new DomainError('not_found', 'Deze agendalink is ongeldig.');
    const targets = await this.queries.confirmedTargets(subscriberId);
    const found = new Map<string, Commitment>();
    for (const c of await this.queries.findCommitments(targets.commitmentIds)) if (c.status === 'open') found.set(c.id, c);
    for (const ministry of targets.ministries) for (const c of await this.openMatching({ ministry })) found.set(c.id, c);
    for (const search of targets.searches) {
      for (const c of await this.openMatching({ q: search.q, ministry: search.ministry, owner: search.owner })) found.set(c.id, c);
    }
    return this.calendarOf('toezegd: mijn toezeggingen', [...found.values()]);
  }

  async atom(name: AtomFeedName, filters: CommitmentFilters): Promise<string> {
    const now = this.clock.now();
    const today = dutchDay(now);
    const query = filterQuery(filters);
    const items = await this.commitments.findPage(this.atomFilters(name, filters), today, 1, ATOM_LIMIT);
    const entries = items.map((c) => this.entryOf(name, c));
    const base = this.env.PUBLIC_URL;
    return buildAtom({
      id: `${base}/feeds/${name}.atom${query ? `?${query}` : ''}`,
      title: `toezegd: ${ATOM_TITLES[name]}${query ? ` (${describe(filters)})` : ''}`,
      selfUrl: `${base}/feeds/${name}.atom${query ? `?${query}` : ''}`,
      pageUrl: `${base}/toezeggingen${query ? `?${query}` : ''}`,
      updated: entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0)),
      entries,
    });
  }

  private atomFilters(name: AtomFeedName, filters: CommitmentFilters): CommitmentFilters {
    switch (name) {
      case 'nieuw':
        return { ...filters, status: filters.status ?? ['open', 'fulfilled', 'partially_fulfilled', 'lapsed'], sort: 'new' };
      case 'over-tijd':
        return { ...filters, overdue: true, sort: '-due' };
      case 'nagekomen':
        return { ...filters, status: ['fulfilled', 'partially_fulfilled'], sort: 'kept' };
    }
  }

  private entryOf(name: AtomFeedName, c: Commitment): AtomEntry {
    const base = this.env.PUBLIC_URL;
    const host = new URL(base).host;
    const owner = ownerOf(c);
    const common = {
      link: `${base}/toezeggingen/${c.id}`,
      author: owner,
      categories: [c.ministry, STATUS_LABELS[c.status]].filter((x): x is string => Boolean(x)),
    };
    switch (name) {
      case 'nieuw':
        return { ...common, id: `tag:${host},2020:toezegging/${c.id}`, title: `${owner}: ${truncate(c.quote, 120)}`, updated: c.createdAt, summary: c.quote };
      case 'over-tijd': {
        const late = addDays(c.effectiveDue ?? dutchDay(c.createdAt), 1);
        return {
          ...common,
          id: `tag:${host},2020:toezegging/${c.id}/over-tijd/${c.effectiveDue}`,
          title: `Over tijd: ${owner}: ${truncate(c.quote, 110)}`,
          updated: new Date(`${late}T00:00:00Z`),
          summary: `${c.quote}\n\nTermijn verstreken op ${c.effectiveDue}${c.deadlinePhrase ? ` («${c.deadlinePhrase}»)` : ''}.`,
        };
      }
      case 'nagekomen':
        return {
          ...common,
          id: `tag:${host},2020:toezegging/${c.id}/nagekomen/${c.fulfillingLetter ?? ''}`,
          title: `${STATUS_LABELS[c.status]}: ${owner}: ${truncate(c.quote, 110)}`,
          updated: c.fulfilledAt ?? c.updatedAt,
          summary: `${c.quote}${c.fulfillingLetter ? `\n\nBrief: ${c.fulfillingLetter}` : ''}`,
        };
    }
  }

  private async openMatching(filters: CommitmentFilters): Promise<Commitment[]> {
    const items = await this.commitments.findPage({ ...filters, status: ['open'], overdue: undefined, sort: 'due' }, dutchDay(this.clock.now()), 1, CALENDAR_LIMIT);
    return items;
  }

  private async calendarOf(name: string, commitments: Commitment[]): Promise<string> {
    const moves = await this.queries.deadlineMoves(commitments.map((c) => c.id));
    return buildCalendar({ name, publicUrl: this.env.PUBLIC_URL, commitments, moves });
  }
}

function describe(filters: CommitmentFilters): string {
  return [filters.q && `«${filters.q}»`, filters.ministry, filters.owner, filters.year, filters.kind, filters.origin].filter(Boolean).join(', ');
}

export function isAtomFeed(name: string): name is AtomFeedName {
  return (ATOM_FEEDS as readonly string[]).includes(name);
}

