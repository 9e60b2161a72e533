import { describe, expect, it } from 'vitest';
import { historyLine } from './history-view';

describe('history lines', () => {
  it('names both statuses of a change and keeps the comment', () => {
    expect(historyLine({
      at: '2026-05-05T06:00:00.000Z', kind: 'status', actor: 'handler', by: { id: 7, name: 'Heikki Käsittelijä', kind: 'handler' },
      from: { id: 'IN_PROCESSING', label: 'Käsittelyssä' }, to: { id: 'INFO_REQUESTED', label: 'Lisätietoja pyydetty' }, comment: 'Liittäkää pelastussuunnitelma.',
    })).toEqual({
      at: '2026-05-05T06:00:00.000Z', kind: 'status', who: { kind: 'handler', name: 'Heikki Käsittelijä' },
      summary: 'Käsittelyssä → Lisätietoja pyydetty', text: 'Liittäkää pelastussuunnitelma.', internal: false,
    });
  });

  it('marks every note internal, whoever wrote it', () => {
    expect(historyLine({ at: '2026-05-05T06:05:00.000Z', kind: 'note', actor: 'handler', by: { id: 7, name: 'Heikki Käsittelijä', kind: 'handler' }, body: 'Soitettu.' }).internal).toBe(true);
  });

  it('tells a message from the customer from one to the customer', () => {
    expect(historyLine({ at: '2026-05-06T06:00:00.000Z', kind: 'message', actor: 'customer', by: { name: 'Asiakas', kind: 'customer' }, body: 'Liite tulossa.', direction: 'in' }).kind).toBe('message_in');
    expect(historyLine({ at: '2026-05-06T07:00:00.000Z', kind: 'message', actor: 'handler', by: { id: 7, name: 'Heikki Käsittelijä', kind: 'handler' }, body: 'Kiitos.', direction: 'out' }).kind).toBe('message_out');
  });

  it('shows whom a case was assigned to', () => {
    expect(historyLine({ at: '2026-05-06T08:00:00.000Z', kind: 'assignment', actor: 'handler', by: { id: 7, name: 'Heikki Käsittelijä', kind: 'handler' }, assignee: { id: 8, name: 'Anna Pääkäyttäjä' } }).summary).toBe('Anna Pääkäyttäjä');
  });
});
