import { truncate } from '../common/truncate';
import { describeSearch, SavedSearch } from './saved-search';

export interface SubscriptionTargetRow {
  targetType: string;
  ministry: string | null;
  search: SavedSearch | null;
  quote: string | null;
  ownerRole: string | null;
  /** The followed commitment, for a link to its page. */
  commitmentId?: string | null;
}

/** What a subscription follows, in Dutch (plain text; templates escape it). */
export function describeTargetRow(row: SubscriptionTargetRow): string {
  switch (row.targetType) {
    case 'commitment':
      return `de toezegging van ${row.ownerRole ?? 'de bewindspersoon'}: «${truncate(row.quote ?? '', 200)}»`;
    case 'ministry':
      return `alle toezeggingen van het ministerie van ${row.ministry ?? ''}`;
    default:
      return describeSearch(row.search);
  }
}
