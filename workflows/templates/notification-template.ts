/**
 * The workflow of a notification (ilmoitus): the authority only acknowledges it. Both states the
 * customer can reach are visible to them. Frozen: `structuredClone` it before editing.
 */
import type { WorkflowDefinition } from '../format/types';
import { deepFreeze } from './deep-freeze';

export const notificationTemplate: WorkflowDefinition = deepFreeze({
  states: [
    { id: 'SUBMITTED', label: { fi: 'Lähetetty', sv: 'Skickad', en: 'Submitted' }, customerVisible: true, initial: true },
    { id: 'ACKNOWLEDGED', label: { fi: 'Kuitattu', sv: 'Kvitterad', en: 'Acknowledged' }, customerVisible: true, final: true },
    { id: 'CANCELLED', label: { fi: 'Peruttu', sv: 'Återkallad', en: 'Cancelled' }, customerVisible: true, final: true },
  ],
  transitions: [
    {
      event: 'ACKNOWLEDGE',
      from: ['SUBMITTED'],
      to: 'ACKNOWLEDGED',
      label: { fi: 'Kuittaa ilmoitus', sv: 'Kvittera anmälan', en: 'Acknowledge the notification' },
      roles: ['handler'],
      customerAlert: {
        fi: 'Viranomainen on käsitellyt ilmoituksesi ja kuitannut sen vastaanotetuksi.',
        sv: 'Myndigheten har behandlat din anmälan och kvitterat att den tagits emot.',
        en: 'The authority has processed your notification and acknowledged its receipt.',
      },
    },
    {
      event: 'CANCEL',
      from: ['SUBMITTED'],
      to: 'CANCELLED',
      label: { fi: 'Peru ilmoitus', sv: 'Återkalla anmälan', en: 'Cancel the notification' },
      roles: ['customer'],
    },
  ],
});
