/**
 * A small pack with project data for the projects API tests (independent of the ready library):
 * a summer festival's shared data (event name, attendance, organiser's business ID) and two
 * services that map to it, a municipal permit on the application workflow (which takes
 * supplements when information is requested) and a rescue notification on the plain notification
 * workflow (which never does).
 */
import type { FormPackContent } from '../../form-library/format/types';
import { t } from '../../languages/localized-text';
import { applicationTemplate } from '../../workflows/templates/application-template';
import { notificationTemplate } from '../../workflows/templates/notification-template';

export const PROJECT_PACK = 'test-festival';

export const projectPack: FormPackContent = {
  slug: PROJECT_PACK,
  name: t('Testifestivaali', 'Testfestival', 'Test festival'),
  description: t('Kesäfestivaalin luvat.', 'Sommarfestivalens tillstånd.', 'A summer festival’s permits.'),
  projectData: {
    name: t('Festivaali', 'Festival', 'Festival'),
    description: t('Festivaalin tiedot kerran kaikille luville.', 'Festivalens uppgifter en gång för alla tillstånd.', 'The festival’s details once for every permit.'),
    elements: [
      {
        id: 'pd-event', key: 'event', kind: 'section', label: t('Tapahtuma', 'Evenemang', 'Event'),
        elements: [
          { id: 'pd-event-name', key: 'name', kind: 'text', label: t('Tapahtuman nimi', 'Evenemangets namn', 'Event name'), required: true, maxLength: 200 },
          { id: 'pd-attendance', key: 'attendance', kind: 'number', label: t('Yleisömäärä', 'Publikmängd', 'Attendance'), required: true, min: 1, max: 100000, integer: true },
        ],
      },
      {
        id: 'pd-organiser', key: 'organiser', kind: 'section', label: t('Järjestäjä', 'Arrangör', 'Organiser'),
        elements: [{ id: 'pd-business-id', key: 'businessId', kind: 'businessId', label: t('Y-tunnus', 'FO-nummer', 'Business ID'), required: true }],
      },
    ],
  },
  services: [
    {
      id: 'festival-permit',
      kind: 'application',
      name: t('Festivaalilupa', 'Festivaltillstånd', 'Festival permit'),
      description: t('Lupa festivaalille.', 'Tillstånd för festivalen.', 'A permit for the festival.'),
      authorityKind: 'municipality',
      topics: ['events'],
      form: {
        pages: [
          {
            id: 'page-festival',
            title: t('Festivaali', 'Festival', 'Festival'),
            elements: [
              {
                id: 'fp-event', key: 'event', kind: 'section', label: t('Tapahtuma', 'Evenemang', 'Event'),
                elements: [
                  { id: 'fp-name', key: 'eventName', kind: 'text', label: t('Tapahtuman nimi', 'Evenemangets namn', 'Event name'), required: true, maxLength: 200, projectField: 'event.name' },
                  { id: 'fp-attendance', key: 'attendance', kind: 'number', label: t('Yleisömäärä', 'Publikmängd', 'Attendance'), required: true, min: 1, max: 100000, integer: true, projectField: 'event.attendance' },
                ],
              },
              { id: 'fp-business-id', key: 'businessId', kind: 'businessId', label: t('Y-tunnus', 'FO-nummer', 'Business ID'), required: true, projectField: 'organiser.businessId' },
              { id: 'fp-stages', key: 'stages', kind: 'number', label: t('Esiintymislavoja', 'Scener', 'Stages'), required: true, min: 0, max: 20, integer: true },
            ],
          },
        ],
      },
      workflow: structuredClone(applicationTemplate),
    },
    {
      id: 'festival-rescue-notice',
      kind: 'notification',
      name: t('Festivaalin pelastusilmoitus', 'Festivalens räddningsanmälan', 'Festival rescue notice'),
      description: t('Ilmoitus pelastuslaitokselle.', 'Anmälan till räddningsverket.', 'A notice to the rescue department.'),
      authorityKind: 'rescue',
      topics: ['events'],
      form: {
        pages: [
          {
            id: 'page-notice',
            title: t('Ilmoitus', 'Anmälan', 'Notice'),
            elements: [
              { id: 'rn-name', key: 'eventName', kind: 'text', label: t('Tapahtuman nimi', 'Evenemangets namn', 'Event name'), required: true, maxLength: 200, projectField: 'event.name' },
              { id: 'rn-attendance', key: 'attendance', kind: 'number', label: t('Yleisömäärä', 'Publikmängd', 'Attendance'), required: true, min: 1, max: 100000, integer: true, projectField: 'event.attendance' },
            ],
          },
        ],
      },
      workflow: structuredClone(notificationTemplate),
    },
  ],
};
