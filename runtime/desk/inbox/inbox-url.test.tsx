import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../api/desk-api';
import { readInboxView, writeInboxView } from './inbox-url';
import { sortRows } from './sort-rows';
import { timeInStatus } from './time-in-status';

describe('inbox filters in the URL', () => {
  it('reads what the handler chose and writes it back unchanged', () => {
    const search = new URLSearchParams('status=INFO_REQUESTED&municipality=091&q=kallio&from=2026-05-01&to=2026-05-31&assigned=me&sort=customer-asc');
    const view = readInboxView(search);
    expect(view).toEqual({
      filters: { status: 'INFO_REQUESTED', municipality: '091', q: 'kallio', from: '2026-05-01', to: '2026-05-31', assigned: 'me' },
      sort: { key: 'customer', dir: 'asc' },
    });
    expect(writeInboxView(view).toString()).toBe(search.toString());
  });

  it('ignores values the API would refuse, so a mangled link still opens the inbox', () => {
    const view = readInboxView(new URLSearchParams('status=drop table&municipality=Helsinki&from=1.5.2026&sort=evil-up'));
    expect(view.filters).toEqual({});
    expect(view.sort).toEqual({ key: 'received', dir: 'desc' });
  });
});

describe('time in current status', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  it('shows days and hours in Finnish, Swedish and English', () => {
    expect(timeInStatus('2026-05-07T08:00:00Z', now, 'fi')).toBe('3 pv 4 h');
    expect(timeInStatus('2026-05-07T08:00:00Z', now, 'sv')).toBe('3 d 4 h');
    expect(timeInStatus('2026-05-10T06:50:00Z', now, 'en')).toBe('5 h 10 min');
    expect(timeInStatus('2026-05-10T11:59:30Z', now, 'fi')).toBe('juuri nyt');
  });
});

describe('sorting loaded rows', () => {
  const row = (id: number, customerName: string, statusSince: string): InboxItem => ({
    id, reference: `KV-2026-00000${id}`, service: { id: 's', name: 'Yleisötilaisuus' }, customerName, municipality: '091',
    status: { id: 'RECEIVED', label: 'Vastaanotettu' }, submittedAt: statusSince, statusSince, assignee: null, unread: false,
  });
  const rows = [row(1, 'Östman Eeva', '2026-05-01T00:00:00Z'), row(2, 'Aalto Aino', '2026-05-03T00:00:00Z'), row(3, 'Ahonen Pekka', '2026-05-02T00:00:00Z')];
  it('sorts customers alphabetically with Ä and Ö after Z, as in Finnish', () => {
    expect(sortRows(rows, { key: 'customer', dir: 'asc' }).map((r) => r.id)).toEqual([2, 3, 1]);
  });
  it('puts the case longest in its status first when sorting by time in status descending', () => {
    expect(sortRows(rows, { key: 'inStatus', dir: 'desc' }).map((r) => r.id)).toEqual([1, 3, 2]);
  });
});
