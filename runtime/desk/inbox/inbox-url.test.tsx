import { describe, expect, it } from 'vitest';
import { apiSort, inboxQuery, readInboxView, writeInboxView } from './inbox-url';
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

describe('sorting through the server', () => {
  it('asks the API for the column sort, and nothing for the default newest first', () => {
    expect(apiSort({ key: 'received', dir: 'desc' })).toBeUndefined();
    expect(apiSort({ key: 'received', dir: 'asc' })).toBe('received');
    expect(apiSort({ key: 'customer', dir: 'desc' })).toBe('-customer');
    expect(apiSort({ key: 'municipality', dir: 'asc' })).toBe('municipality');
  });

  it('puts the case longest in its status first for time in status descending (earliest status change)', () => {
    expect(apiSort({ key: 'inStatus', dir: 'desc' })).toBe('statusSince');
    expect(apiSort({ key: 'inStatus', dir: 'asc' })).toBe('-statusSince');
  });

  it('sends the filters and the sort together', () => {
    const view = readInboxView(new URLSearchParams('service=event-noise&sort=service-desc'));
    expect(inboxQuery(view)).toEqual({ service: 'event-noise', sort: '-service' });
  });
});
