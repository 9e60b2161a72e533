/**
 * Two versions of a small event-organising pack, as a coordinator would publish them: version 1,
 * and version 2 where the designer reworked the noise notification (Porvoo / Borgå environmental
 * protection asked for more detail), dropped the public area service and added food sales.
 */
import type { FormPackContent, ServiceDefinition } from '../../format/types';
import { applicationTemplate, notificationTemplate } from '../../../workflows/templates';

const noiseNotification: ServiceDefinition = {
  id: 'noise-notification',
  kind: 'notification',
  name: {
    fi: 'Meluilmoitus tilapäisestä tapahtumasta',
    sv: 'Bullerannmälan om ett tillfälligt evenemang',
    en: 'Noise notification for a temporary event',
  },
  description: {
    fi: 'Ympäristönsuojelulain 118 §:n mukainen ilmoitus kunnan ympäristönsuojeluviranomaiselle.',
    sv: 'Anmälan enligt 118 § i miljöskyddslagen till kommunens miljöskyddsmyndighet.',
    en: 'Notification under section 118 of the Environmental Protection Act to the municipal authority.',
  },
  authorityKind: 'municipality',
  topics: ['events'],
  form: {
    pages: [
      {
        id: 'p-applicant',
        title: { fi: 'Ilmoittaja', sv: 'Anmälare', en: 'Notifier' },
        elements: [
          {
            id: 'e-applicant',
            kind: 'section',
            key: 'applicant',
            label: { fi: 'Ilmoittajan tiedot', sv: 'Anmälarens uppgifter', en: 'Notifier details' },
            elements: [
              { id: 'e-name', kind: 'text', key: 'name', required: true, label: { fi: 'Nimi', sv: 'Namn', en: 'Name' } },
              { id: 'e-email', kind: 'email', key: 'email', required: true, label: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' } },
              { id: 'e-phone', kind: 'phone', key: 'phone', label: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Phone number' } },
            ],
          },
        ],
      },
      {
        id: 'p-event',
        title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' },
        elements: [
          {
            id: 'e-event-name',
            kind: 'text',
            key: 'eventName',
            required: true,
            maxLength: 120,
            label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Event name' },
          },
          {
            id: 'e-dates',
            kind: 'dateRange',
            key: 'dates',
            required: true,
            label: { fi: 'Ajankohta', sv: 'Tidpunkt', en: 'Dates' },
            help: {
              fi: 'Ilmoitus on tehtävä viimeistään 30 päivää ennen tapahtumaa.',
              sv: 'Anmälan ska göras senast 30 dagar före evenemanget.',
              en: 'Notify at least 30 days before the event.',
            },
          },
          {
            id: 'e-noise-source',
            kind: 'choice',
            key: 'noiseSource',
            display: 'radio',
            required: true,
            label: { fi: 'Melun lähde', sv: 'Bullerkälla', en: 'Source of noise' },
            options: [
              { value: 'music', label: { fi: 'Musiikki', sv: 'Musik', en: 'Music' } },
              { value: 'speech', label: { fi: 'Vahvistettu puhe', sv: 'Förstärkt tal', en: 'Amplified speech' } },
              { value: 'fireworks', label: { fi: 'Ilotulitus', sv: 'Fyrverkerier', en: 'Fireworks' } },
            ],
          },
          {
            id: 'e-loudspeakers',
            kind: 'yesNo',
            key: 'loudspeakers',
            required: true,
            label: { fi: 'Käytetäänkö kaiuttimia?', sv: 'Används högtalare?', en: 'Are loudspeakers used?' },
          },
          {
            id: 'e-loudspeaker-count',
            kind: 'number',
            key: 'loudspeakerCount',
            integer: true,
            min: 1,
            condition: { field: 'loudspeakers', op: 'equals', value: true },
            label: { fi: 'Kaiuttimien määrä', sv: 'Antal högtalare', en: 'Number of loudspeakers' },
          },
          {
            id: 'e-description',
            kind: 'textarea',
            key: 'description',
            label: { fi: 'Kuvaus tapahtumasta', sv: 'Beskrivning av evenemanget', en: 'Description of the event' },
          },
        ],
      },
      {
        id: 'p-attachments',
        title: { fi: 'Liitteet', sv: 'Bilagor', en: 'Attachments' },
        elements: [
          {
            id: 'e-map',
            kind: 'attachment',
            key: 'siteMap',
            maxFiles: 1,
            accept: ['application/pdf'],
            label: { fi: 'Kartta tapahtumapaikasta', sv: 'Karta över platsen', en: 'Map of the site' },
          },
        ],
      },
    ],
  },
  workflow: structuredClone(notificationTemplate),
};

const publicAreaUse: ServiceDefinition = {
  id: 'public-area-use',
  kind: 'application',
  name: { fi: 'Yleisen alueen käyttö', sv: 'Användning av allmänt område', en: 'Use of a public area' },
  description: { fi: 'Lupa kadun tai puiston tilapäiseen käyttöön.', sv: 'Tillstånd för tillfällig användning av gata eller park.', en: 'Permit to use a street or park temporarily.' },
  authorityKind: 'municipality',
  topics: ['events'],
  form: {
    pages: [
      {
        id: 'p-area',
        title: { fi: 'Alue', sv: 'Område', en: 'Area' },
        elements: [
          { id: 'e-area', kind: 'text', key: 'area', required: true, label: { fi: 'Alueen kuvaus', sv: 'Beskrivning av området', en: 'Description of the area' } },
        ],
      },
    ],
  },
  workflow: structuredClone(applicationTemplate),
};

const temporaryFoodSales: ServiceDefinition = {
  id: 'temporary-food-sales',
  kind: 'notification',
  name: { fi: 'Tilapäinen elintarvikemyynti', sv: 'Tillfällig livsmedelsförsäljning', en: 'Temporary food sales' },
  description: { fi: 'Ilmoitus kunnan elintarvikevalvontaan.', sv: 'Anmälan till kommunens livsmedelstillsyn.', en: 'Notification to municipal food control.' },
  authorityKind: 'municipality',
  topics: ['events'],
  form: {
    pages: [
      {
        id: 'p-sales',
        title: { fi: 'Myynti', sv: 'Försäljning', en: 'Sales' },
        elements: [
          { id: 'e-foods', kind: 'textarea', key: 'foods', required: true, label: { fi: 'Myytävät elintarvikkeet', sv: 'Livsmedel som säljs', en: 'Foods sold' } },
        ],
      },
    ],
  },
  workflow: structuredClone(notificationTemplate),
};

export const eventPackV1: FormPackContent = {
  slug: 'event-organising',
  name: { fi: 'Tapahtumien järjestäminen', sv: 'Ordnande av evenemang', en: 'Organising events' },
  description: {
    fi: 'Porvoon ympäristönsuojelun ja tilapalveluiden tapahtumailmoitukset.',
    sv: 'Borgå miljöskydds och lokaltjänsters anmälningar om evenemang.',
    en: 'Event notifications for Porvoo environmental protection and premises services.',
  },
  services: [noiseNotification, publicAreaUse],
};

/** Version 2: what the designer changed, step by step, on a copy of version 1. */
export function eventPackV2(): FormPackContent {
  const pack = structuredClone(eventPackV1);
  pack.name.sv = 'Att ordna evenemang';

  const noise = pack.services[0];
  const [applicantPage, eventPage, attachmentPage] = noise.form.pages;
  const applicant = applicantPage.elements[0];
  if (applicant.kind !== 'section') throw new Error('fixture: applicant is a section');
  // The phone number is no longer asked.
  applicant.elements = applicant.elements.filter((e) => e.key !== 'phone');

  const byKey = (key: string) => eventPage.elements.find((e) => e.key === key)!;
  const eventName = byKey('eventName');
  if (eventName.kind !== 'text') throw new Error('fixture: eventName is text');
  eventName.maxLength = 200;
  eventName.label.en = 'Name of the event';

  const source = byKey('noiseSource');
  if (source.kind !== 'choice') throw new Error('fixture: noiseSource is a choice');
  source.options = source.options.filter((o) => o.value !== 'fireworks');
  source.options.push({ value: 'generator', label: { fi: 'Aggregaatti', sv: 'Elverk', en: 'Generator' } });
  source.options[0].label.sv = 'Levande musik';

  const count = byKey('loudspeakerCount');
  delete count.condition;

  const description = byKey('description');
  description.required = true;
  // The description moves up, right after the event's name.
  eventPage.elements = eventPage.elements.filter((e) => e !== description);
  eventPage.elements.splice(1, 0, description);
  eventPage.elements.push({
    id: 'e-neighbours-info',
    kind: 'info',
    key: 'neighboursInfo',
    label: { fi: 'Naapurien tiedottaminen', sv: 'Information till grannar', en: 'Informing the neighbours' },
    text: {
      fi: 'Tiedota lähimpiä asukkaita vähintään viikkoa ennen tapahtumaa.',
      sv: 'Informera de närmaste invånarna minst en vecka före evenemanget.',
      en: 'Inform the nearest residents at least a week before the event.',
    },
  });

  // Re-imported attachment field: a fresh id, the same key.
  const map = attachmentPage.elements[0];
  if (map.kind !== 'attachment') throw new Error('fixture: map is an attachment');
  attachmentPage.elements[0] = { ...map, id: 'e-map-2', maxFiles: 3 };

  noise.form.pages.splice(2, 0, {
    id: 'p-schedule',
    title: { fi: 'Aikataulu', sv: 'Tidtabell', en: 'Schedule' },
    elements: [
      { id: 'e-loud-hours', kind: 'text', key: 'loudHours', required: true, label: { fi: 'Äänekkäimmät kellonajat', sv: 'Mest bullriga klockslag', en: 'Loudest hours' } },
    ],
  });

  const ack = noise.workflow.transitions.find((t) => t.event === 'ACKNOWLEDGE')!;
  ack.customerAlert = { ...ack.customerAlert, en: 'The environmental protection authority has acknowledged your notification.' };
  const cancel = noise.workflow.transitions.find((t) => t.event === 'CANCEL')!;
  cancel.roles = ['customer', 'handler'];
  noise.workflow.states.push({
    id: 'FORWARDED',
    label: { fi: 'Siirretty toiselle viranomaiselle', sv: 'Överförd till en annan myndighet', en: 'Forwarded to another authority' },
    customerVisible: true,
    final: true,
  });
  noise.workflow.transitions.push({
    event: 'FORWARD',
    from: ['SUBMITTED'],
    to: 'FORWARDED',
    label: { fi: 'Siirrä toiselle viranomaiselle', sv: 'Överför till en annan myndighet', en: 'Forward to another authority' },
    roles: ['handler'],
    commentRequired: true,
  });

  pack.services = [noise, temporaryFoodSales];
  return pack;
}
