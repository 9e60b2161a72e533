/**
 * The demo customer's project in progress (`npm start`): a summer concert in Helsinki on the
 * event-organising pack's project data, its police and rescue notifications sent through the
 * project's own send path, its noise notification filled and its food-sales notification still
 * to be filled (prefilled from the project only).
 */
import type { FormData } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { projectKinds } from '../projects/project-kinds';
import { permitState, permitStates, type PermitState } from '../projects/project-permits';
import { sendPermit } from '../projects/project-sends';
import { DEMO_CUSTOMER } from './demo-case-plan';
import { exampleData } from './demo-submissions';

const EVENT_PACK = 'event-organising';
const SENT = ['public-event-police', 'public-event-rescue'];
const FILLED = ['event-noise'];
const TO_FILL = ['temporary-food-sales'];

/** The concert's shared data, entered once. */
function concertData(): FormData {
  const year = new Date().getUTCFullYear() + 1;
  return {
    organiser: {
      organiserType: 'association',
      organiserName: 'Kallion Kesäsoitto ry',
      organiserBusinessId: '1572860-0',
      organiserAddress: { street: 'Helsinginkatu 25', postalCode: '00510', postOffice: 'Helsinki' },
      organiserPhone: '+358401234567',
      organiserEmail: DEMO_CUSTOMER.email,
    },
    contactPerson: { contactName: DEMO_CUSTOMER.name, contactPhone: DEMO_CUSTOMER.phone, contactEmail: DEMO_CUSTOMER.email },
    event: {
      eventName: 'Kallion kesäkonsertti',
      eventPlace: 'Brahenkenttä',
      eventAddress: { street: 'Helsinginkatu 23', postalCode: '00510', postOffice: 'Helsinki' },
      eventMunicipality: '091',
      eventDates: { start: `${year}-06-12`, end: `${year}-06-13` },
      eventHours: 'pe–la 16–23',
      venueKind: 'outdoors',
      expectedAttendees: 1500,
      maxSimultaneousAttendees: 1200,
    },
  };
}

/** Starts the project and sends two of its permits; false (logged) when the pack is not offered in Helsinki. */
export async function seedDemoProject(ctx: AppContext, log: (message: string) => void): Promise<boolean> {
  const kind = (await projectKinds(ctx, '091', 'fi'))?.find((k) => k.kind.packSlug === EVENT_PACK);
  if (!kind) {
    log(`The demo project was not seeded: ${EVENT_PACK} declares no project data offered in Helsinki`);
    return false;
  }
  const repo = ctx.repos.projects;
  const wanted = [...SENT, ...FILLED, ...TO_FILL];
  const services = kind.kind.services.filter((s) => wanted.includes(s.serviceId));
  const at = ctx.now().toISOString();
  const id = await repo.createProject(
    {
      owner: { kind: 'email', email: DEMO_CUSTOMER.email }, companyName: null, createdByPersonKey: null, contactEmail: DEMO_CUSTOMER.email, name: 'Kallion kesäkonsertti', municipalityCode: '091', packId: kind.packId, packSlug: EVENT_PACK,
      packVersion: kind.kind.packVersion, dataJson: JSON.stringify(concertData()), contactName: DEMO_CUSTOMER.name,
      contactPhone: DEMO_CUSTOMER.phone, consent: true, at,
    },
    services.map((s) => ({ deploymentId: s.deploymentId, serviceId: s.serviceId, idempotencyKey: `demo-project-${s.serviceId}` })),
  );
  const project = await repo.project(id);
  if (!project) return false;
  const states = await permitStates(ctx, repo, id);
  const byService = (serviceId: string): PermitState | undefined => states.find((s) => s.service.id === serviceId);
  for (const serviceId of [...SENT, ...FILLED]) {
    const state = byService(serviceId);
    if (!state) continue;
    const draft = await exampleData(ctx, state.service, '091');
    await repo.saveDraft(state.permit.id, state.permit.version, JSON.stringify(draft), at);
  }
  for (const serviceId of SENT) {
    const permit = (await repo.permitsOf(id)).find((p) => p.serviceId === serviceId);
    const state = permit && await permitState(ctx, permit);
    if (!state) continue;
    try {
      await sendPermit(ctx, project, state, { identification: 'email', email: DEMO_CUSTOMER.email }, 'fi');
    } catch (err) {
      log(`The demo project's ${serviceId} was not sent: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return true;
}
