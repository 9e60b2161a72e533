/**
 * Where the handler inbox is read: one keyset-paged page of an authority's cases under filters, in
 * any sort, with per-status counts. The SQLite implementation is inbox-query.ts (FTS5 for free
 * text, trigger-kept tallies for counts); the queue of free text waiting for its index is kept here too.
 */
import type { InboxFilters } from './inbox-filters';
import type { InboxPage, SegmentOrder } from './inbox-query';

export interface InboxRepository {
  page(authorityId: string, userId: number, filters: InboxFilters, order?: SegmentOrder): Promise<InboxPage>;
  /** Indexes queued free text, all of it or at most `maxRounds` batches; how many submissions it indexed. */
  indexQueuedText(opts?: { batch?: number; maxRounds?: number }): Promise<number>;
}
