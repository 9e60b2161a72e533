/** The event organising pack (tapahtumajärjestäminen): what an organiser notifies and applies for. */
import type { FormData, FormPackContent } from '../../format/types';
import { t } from '../localized';
import * as publicEventPolice from './public-event-police';
import * as publicEventRescue from './public-event-rescue';
import * as eventNoise from './event-noise';
import * as temporaryFoodSales from './temporary-food-sales';
import * as publicAreaUse from './public-area-use';

const services = [publicEventPolice, publicEventRescue, eventNoise, temporaryFoodSales, publicAreaUse];

export const eventOrganisingPack: FormPackContent = {
  slug: 'event-organising',
  name: t('Tapahtumajärjestäminen', 'Evenemangsarrangering', 'Event organising'),
  description: t(
    'Yleisötapahtuman järjestäjän ilmoitukset ja hakemukset poliisille, pelastusviranomaiselle ja kunnalle. Lomakkeet noudattavat kokoontumislakia (530/1999), pelastuslakia (379/2011), ympäristönsuojelulakia (527/2014), elintarvikelakia (297/2021) ja viranomaisten nykyisiä lomakkeita.',
    'Anmälningar och ansökningar som arrangören av ett offentligt evenemang gör till polisen, räddningsmyndigheten och kommunen. Blanketterna följer lagen om sammankomster (530/1999), räddningslagen (379/2011), miljöskyddslagen (527/2014), livsmedelslagen (297/2021) och myndigheternas nuvarande blanketter.',
    'Notifications and applications an event organiser makes to the police, the rescue authority and the municipality. The forms follow the Assembly Act (530/1999), the Rescue Act (379/2011), the Environmental Protection Act (527/2014), the Food Act (297/2021) and the authorities’ current forms.',
  ),
  services: services.map((s) => s.service),
};

/** Valid customer data for each service of the pack, by service id. */
export const eventOrganisingExamples: Record<string, FormData> = Object.fromEntries(
  services.map((s) => [s.service.id, s.exampleData]),
);
