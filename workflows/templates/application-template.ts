/**
 * The workflow of an application (hakemus), as in DESIGN.md. Every state is customer-visible:
 * these are the status updates (tilatiedot) the customer follows, and none of them is internal
 * to the authority. Use `structuredClone(applicationTemplate)` before editing: the constant is frozen.
 */
import type { WorkflowDefinition } from '../format/types';
import { deepFreeze } from './deep-freeze';

const NON_FINAL = ['SUBMITTED', 'RECEIVED', 'IN_PROCESSING', 'INFO_REQUESTED', 'DECIDED'];

export const applicationTemplate: WorkflowDefinition = deepFreeze({
  states: [
    { id: 'SUBMITTED', label: { fi: 'Lähetetty', sv: 'Skickad', en: 'Submitted' }, customerVisible: true, initial: true },
    { id: 'RECEIVED', label: { fi: 'Vastaanotettu', sv: 'Mottagen', en: 'Received' }, customerVisible: true },
    { id: 'IN_PROCESSING', label: { fi: 'Käsittelyssä', sv: 'Under behandling', en: 'In processing' }, customerVisible: true },
    {
      id: 'INFO_REQUESTED',
      label: { fi: 'Lisätietoja pyydetty', sv: 'Komplettering begärd', en: 'More information requested' },
      customerVisible: true,
    },
    { id: 'DECIDED', label: { fi: 'Päätös tehty', sv: 'Beslut fattat', en: 'Decision made' }, customerVisible: true },
    { id: 'CLOSED', label: { fi: 'Käsittely päättynyt', sv: 'Behandlingen avslutad', en: 'Closed' }, customerVisible: true, final: true },
    { id: 'CANCELLED', label: { fi: 'Peruttu', sv: 'Återkallad', en: 'Cancelled' }, customerVisible: true, final: true },
  ],
  transitions: [
    {
      event: 'RECEIVE',
      from: ['SUBMITTED'],
      to: 'RECEIVED',
      label: { fi: 'Merkitse vastaanotetuksi', sv: 'Markera som mottagen', en: 'Mark as received' },
      roles: ['handler'],
      customerAlert: {
        fi: 'Viranomainen on vastaanottanut hakemuksesi.',
        sv: 'Myndigheten har tagit emot din ansökan.',
        en: 'The authority has received your application.',
      },
    },
    {
      event: 'START',
      from: ['RECEIVED'],
      to: 'IN_PROCESSING',
      label: { fi: 'Aloita käsittely', sv: 'Påbörja behandlingen', en: 'Start processing' },
      roles: ['handler'],
    },
    {
      event: 'REQUEST_INFO',
      from: ['IN_PROCESSING'],
      to: 'INFO_REQUESTED',
      label: { fi: 'Pyydä lisätietoja', sv: 'Begär komplettering', en: 'Request more information' },
      roles: ['handler'],
      commentRequired: true,
      customerAlert: {
        fi: 'Viranomainen pyytää lisätietoja hakemukseesi. Lue pyyntö ja täydennä hakemusta asioinnissa.',
        sv: 'Myndigheten begär komplettering av din ansökan. Läs begäran och komplettera ansökan i e-tjänsten.',
        en: 'The authority asks for more information on your application. Read the request and supplement your application in the e-service.',
      },
    },
    {
      event: 'SUPPLEMENT',
      from: ['INFO_REQUESTED'],
      to: 'IN_PROCESSING',
      label: { fi: 'Täydennä hakemusta', sv: 'Komplettera ansökan', en: 'Supplement the application' },
      roles: ['customer'],
    },
    {
      event: 'DECIDE',
      from: ['IN_PROCESSING'],
      to: 'DECIDED',
      label: { fi: 'Tee päätös', sv: 'Fatta beslut', en: 'Make a decision' },
      roles: ['handler'],
      commentRequired: true,
      customerAlert: {
        fi: 'Hakemukseesi on tehty päätös. Näet päätöksen tiedot asioinnissa.',
        sv: 'Ett beslut har fattats om din ansökan. Du ser beslutet i e-tjänsten.',
        en: 'A decision has been made on your application. You can see it in the e-service.',
      },
    },
    {
      event: 'CLOSE',
      from: ['DECIDED'],
      to: 'CLOSED',
      label: { fi: 'Päätä käsittely', sv: 'Avsluta behandlingen', en: 'Close the case' },
      roles: ['handler'],
    },
    {
      event: 'CANCEL',
      from: NON_FINAL,
      to: 'CANCELLED',
      label: { fi: 'Peru hakemus', sv: 'Återkalla ansökan', en: 'Cancel the application' },
      roles: ['customer'],
    },
  ],
});
