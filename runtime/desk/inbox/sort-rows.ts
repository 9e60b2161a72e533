/**
 * Sorting of the rows loaded so far. The server pages newest first (keyset paging that stays fast at
 * any size); other orders apply to the loaded rows, and the table says so.
 */
import type { InboxItem } from '../api/desk-api';
import type { Sort } from './inbox-url';

const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });

function sortValue(item: InboxItem, key: Sort['key']): string {
  switch (key) {
    case 'reference': return item.reference;
    case 'service': return item.service.name;
    case 'customer': return item.customerName;
    case 'municipality': return item.municipality;
    case 'status': return item.status.label;
    case 'received': return item.submittedAt;
    case 'inStatus': return item.statusSince;
  }
}

export function sortRows(items: InboxItem[], sort: Sort): InboxItem[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Longest in status first means the oldest statusSince first: invert for that column.
  const invert = sort.key === 'inStatus' ? -1 : 1;
  return [...items].sort((a, b) => sign * invert * collator.compare(sortValue(a, sort.key), sortValue(b, sort.key)) || b.id - a.id);
}
