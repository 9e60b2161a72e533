/**
 * The ready-made library: form packs the server seeds and authorities can deploy as they are.
 * Each service module exports its `service` and a valid `exampleData`; tests and demos use the examples.
 */
import type { FormData, FormPackContent } from '../format/types';
import { eventOrganisingExamples, eventOrganisingPack } from './event-organising/pack';
import { buildingAndEnvironmentExamples, buildingAndEnvironmentPack } from './building-and-environment/pack';
import { healthExamples, healthPack } from './health/pack';

export const readyPacks: FormPackContent[] = [eventOrganisingPack, buildingAndEnvironmentPack, healthPack];

/** Valid customer data for every service in `readyPacks`, by service id. */
export const readyPackExamples: Record<string, FormData> = {
  ...eventOrganisingExamples,
  ...buildingAndEnvironmentExamples,
  ...healthExamples,
};
