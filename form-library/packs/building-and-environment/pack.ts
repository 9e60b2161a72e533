/** The building and environment pack: notifications and applications about a property to the municipality. */
import type { FormData, FormPackContent } from '../../format/types';
import { t } from '../localized';
import * as demolitionNotification from './demolition-notification';
import * as wastewaterExemption from './wastewater-exemption';

const services = [demolitionNotification, wastewaterExemption];

export const buildingAndEnvironmentPack: FormPackContent = {
  slug: 'building-and-environment',
  name: t('Rakentaminen ja ympäristö', 'Byggande och miljö', 'Building and environment'),
  description: t(
    'Kiinteistön omistajan ilmoitukset ja hakemukset kunnan rakennusvalvonnalle ja ympäristönsuojeluviranomaiselle. Lomakkeet noudattavat rakentamislakia (751/2023), ympäristönsuojelulakia (527/2014) ja valtioneuvoston asetusta 157/2017 sekä kuntien nykyisiä lomakkeita.',
    'Fastighetsägarens anmälningar och ansökningar till kommunens byggnadstillsyn och miljöskyddsmyndighet. Blanketterna följer bygglagen (751/2023), miljöskyddslagen (527/2014) och statsrådets förordning 157/2017 samt kommunernas nuvarande blanketter.',
    'Notifications and applications a property owner makes to the municipal building control and environmental protection authority. The forms follow the Building Act (751/2023), the Environmental Protection Act (527/2014), Government Decree 157/2017 and the municipalities’ current forms.',
  ),
  services: services.map((s) => s.service),
};

/** Valid customer data for each service of the pack, by service id. */
export const buildingAndEnvironmentExamples: Record<string, FormData> = Object.fromEntries(
  services.map((s) => [s.service.id, s.exampleData]),
);
