/** The health pack: what operators and families send to the health protection authority and the wellbeing county. */
import type { FormData, FormPackContent } from '../../format/types';
import { t } from '../localized';
import * as healthProtectionNotification from './health-protection-notification';
import * as informalCareSupport from './informal-care-support';

const services = [healthProtectionNotification, informalCareSupport];

export const healthPack: FormPackContent = {
  slug: 'health',
  name: t('Terveys ja hyvinvointi', 'Hälsa och välfärd', 'Health and well-being'),
  description: t(
    'Toiminnanharjoittajan ilmoitus kunnan terveydensuojeluviranomaiselle ja omaishoidon tuen hakemus hyvinvointialueelle. Lomakkeet noudattavat terveydensuojelulakia (763/1994), lakia omaishoidon tuesta (937/2005) sekä viranomaisten nykyisiä lomakkeita.',
    'Verksamhetsutövarens anmälan till kommunens hälsoskyddsmyndighet och ansökan om stöd för närståendevård till välfärdsområdet. Blanketterna följer hälsoskyddslagen (763/1994), lagen om stöd för närståendevård (937/2005) och myndigheternas nuvarande blanketter.',
    'An operator’s notification to the municipal health protection authority and an application for informal care support to the wellbeing services county. The forms follow the Health Protection Act (763/1994), the Act on Support for Informal Care (937/2005) and the authorities’ current forms.',
  ),
  services: services.map((s) => s.service),
};

/** Valid customer data for each service of the pack, by service id. */
export const healthExamples: Record<string, FormData> = Object.fromEntries(services.map((s) => [s.service.id, s.exampleData]));
