/**
 * The timeline in time order: events by their instant, and what is expected (a day, ahead) after
 * the events of that day. Equal times keep the server's order.
 */
import type { TimelineEntry } from '../../../api-contract';

function sortKey(e: TimelineEntry): string {
  // A bare day sorts at the end of that day, after every event on it.
  return e.kind === 'expected' && /^\d{4}-\d{2}-\d{2}$/.test(e.at) ? `${e.at}T23:59:59.999Z~` : e.at;
}

export function timelineInOrder(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, key: sortKey(entry) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((x) => x.entry);
}
