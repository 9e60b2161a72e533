/**
 * Rescue plan or notification for a public event to the rescue department, Pelastuslaki 379/2011
 * § 16 and Valtioneuvoston asetus pelastustoimesta 407/2011 § 3 (when a plan is required: over 200
 * people at once, pyrotechnics or open fire, special risks from structures or exits). Follows the rescue
 * departments' form "Yleisötilaisuuden pelastussuunnitelma / ilmoitus yleisötilaisuudesta".
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { notificationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';
import { exampleParties, organiserSection, responsiblePersonSection } from './event-parties';
import { eventSection, exampleEvent } from './event-basics';

const P = 'res';

export const service: ServiceDefinition = {
  id: 'public-event-rescue',
  kind: 'notification',
  authorityKind: 'rescue',
  topics: ['events', 'safety'],
  name: t(
    'Yleisötilaisuuden pelastussuunnitelma tai ilmoitus pelastuslaitokselle',
    'Räddningsplan eller anmälan om allmän tillställning till räddningsverket',
    'Rescue plan or notification of a public event to the rescue department',
  ),
  description: t(
    'Yleisötilaisuuden järjestäjän on laadittava pelastussuunnitelma ja toimitettava se pelastuslaitokselle vähintään 14 vuorokautta ennen tilaisuutta, jos tilaisuudessa on samanaikaisesti yli 200 henkilöä, käytetään pyroteknisiä tuotteita tai avotulta tai jos tilaisuudesta aiheutuu muuten erityistä vaaraa (pelastuslaki 379/2011, 16 §; valtioneuvoston asetus pelastustoimesta 407/2011, 3 §). Lomake noudattaa pelastuslaitosten lomaketta "Yleisötilaisuuden pelastussuunnitelma".',
    'Arrangören av en allmän tillställning ska utarbeta en räddningsplan och lämna den till räddningsverket minst 14 dygn före tillställningen, om fler än 200 personer deltar samtidigt, pyrotekniska artiklar eller öppen eld används eller tillställningen annars medför särskild fara (räddningslagen 379/2011, 16 §; statsrådets förordning om räddningsväsendet 407/2011, 3 §). Blanketten följer räddningsverkens blankett "Räddningsplan för allmän tillställning".',
    'The organiser of a public event must draw up a rescue plan and deliver it to the rescue department at least 14 days before the event if more than 200 people attend at once, pyrotechnics or open fire are used, or the event otherwise poses a special risk (Rescue Act 379/2011, section 16; Government Decree on Rescue Services 407/2011, section 3). This form follows the rescue departments’ form "Rescue plan for a public event".',
  ),
  form: {
    pages: [
      {
        id: `${P}-page-organiser`,
        title: t('Järjestäjä', 'Arrangör', 'Organiser'),
        elements: [
          {
            id: `${P}-deadline`,
            kind: 'info',
            key: 'deadlineInfo',
            label: t('Määräaika', 'Tidsfrist', 'Deadline'),
            text: t(
              'Pelastussuunnitelma on toimitettava pelastuslaitokselle vähintään 14 vuorokautta ennen tilaisuuden alkamista.',
              'Räddningsplanen ska lämnas till räddningsverket minst 14 dygn innan tillställningen börjar.',
              'The rescue plan must reach the rescue department at least 14 days before the event begins.',
            ),
          },
          {
            id: `${P}-submission-type`,
            kind: 'choice',
            key: 'submissionType',
            display: 'radio',
            required: true,
            label: t('Mitä toimitat?', 'Vad lämnar du in?', 'What are you submitting?'),
            options: [
              {
                value: 'rescuePlan',
                label: t('pelastussuunnitelman (vaaditaan)', 'en räddningsplan (krävs)', 'a rescue plan (required)'),
              },
              {
                value: 'notification',
                label: t(
                  'ilmoituksen tiedoksi (pelastussuunnitelmaa ei vaadita)',
                  'en anmälan för kännedom (räddningsplan krävs inte)',
                  'a notification for information (no rescue plan required)',
                ),
              },
            ],
          },
          organiserSection(P),
          responsiblePersonSection(P),
          {
            id: `${P}-safety-manager`,
            kind: 'section',
            key: 'safetyManager',
            label: t('Turvallisuuspäällikkö', 'Säkerhetschef', 'Safety manager'),
            help: t(
              'Henkilö, joka vastaa pelastussuunnitelman toteutumisesta tilaisuuden aikana.',
              'Den person som ansvarar för att räddningsplanen följs under tillställningen.',
              'The person who ensures the rescue plan is followed during the event.',
            ),
            elements: [
              {
                id: `${P}-safety-manager-name`,
                kind: 'text',
                key: 'safetyManagerName',
                required: true,
                maxLength: 120,
                label: t('Nimi', 'Namn', 'Name'),
              },
              {
                id: `${P}-safety-manager-phone`,
                kind: 'phone',
                key: 'safetyManagerPhone',
                required: true,
                label: t('Puhelinnumero tapahtuman aikana', 'Telefonnummer under evenemanget', 'Phone number during the event'),
              },
            ],
          },
        ],
      },
      {
        id: `${P}-page-event`,
        title: t('Tapahtuma ja riskit', 'Evenemang och risker', 'Event and risks'),
        elements: [
          eventSection(P),
          {
            id: `${P}-max-attendees`,
            kind: 'number',
            key: 'maxSimultaneousAttendees',
            required: true,
            integer: true,
            min: 1,
            label: t('Henkilömäärä enimmillään samanaikaisesti', 'Största antal personer samtidigt', 'Maximum number of people at once'),
            help: t(
              'Mukaan luetaan yleisö, esiintyjät ja henkilökunta. Yli 200 henkilöä edellyttää pelastussuunnitelmaa.',
              'Publik, artister och personal räknas med. Fler än 200 personer kräver en räddningsplan.',
              'Count the audience, performers and staff. More than 200 people requires a rescue plan.',
            ),
          },
          {
            id: `${P}-venue-kind`,
            kind: 'choice',
            key: 'venueKind',
            display: 'radio',
            required: true,
            label: t('Tilaisuus järjestetään', 'Tillställningen ordnas', 'The event is held'),
            options: [
              { value: 'outdoors', label: t('ulkona', 'utomhus', 'outdoors') },
              { value: 'indoors', label: t('sisätiloissa', 'inomhus', 'indoors') },
              { value: 'both', label: t('sekä ulkona että sisällä', 'både utomhus och inomhus', 'both outdoors and indoors') },
            ],
          },
          {
            id: `${P}-pyro`,
            kind: 'yesNo',
            key: 'pyrotechnics',
            required: true,
            label: t(
              'Käytetäänkö pyroteknisiä tuotteita, ilotulitteita tai erikoistehosteita?',
              'Används pyrotekniska artiklar, fyrverkerier eller specialeffekter?',
              'Will pyrotechnics, fireworks or special effects be used?',
            ),
          },
          {
            id: `${P}-pyro-details`,
            kind: 'section',
            key: 'pyrotechnicsDetails',
            label: t('Pyrotekniikka', 'Pyroteknik', 'Pyrotechnics'),
            condition: { field: 'pyrotechnics', op: 'equals', value: true },
            elements: [
              {
                id: `${P}-pyro-products`,
                kind: 'textarea',
                key: 'pyroProducts',
                required: true,
                maxLength: 2000,
                label: t('Tuotteet, määrät ja käyttöajat', 'Artiklar, mängder och tider', 'Products, quantities and times of use'),
              },
              {
                id: `${P}-pyro-operator`,
                kind: 'text',
                key: 'pyroOperatorName',
                required: true,
                maxLength: 120,
                label: t('Vastuullinen ampuja tai tehosteiden käyttäjä', 'Ansvarig avfyrare eller effektoperatör', 'Responsible operator'),
              },
              {
                id: `${P}-pyro-distance`,
                kind: 'number',
                key: 'safetyDistanceMetres',
                required: true,
                min: 0,
                label: t('Suojaetäisyys yleisöön (m)', 'Skyddsavstånd till publiken (m)', 'Safety distance to the audience (m)'),
              },
            ],
          },
          {
            id: `${P}-open-fire`,
            kind: 'yesNo',
            key: 'openFire',
            required: true,
            label: t(
              'Käytetäänkö avotulta (nuotiot, soihdut, tuliesitykset, grillit)?',
              'Används öppen eld (brasor, facklor, eldshower, grillar)?',
              'Will open fire be used (bonfires, torches, fire shows, grills)?',
            ),
          },
          {
            id: `${P}-open-fire-details`,
            kind: 'textarea',
            key: 'openFireDetails',
            required: true,
            maxLength: 2000,
            label: t('Avotulen paikka ja sammutusvälineet', 'Den öppna eldens plats och släckutrustning', 'Where the fire is and how it can be put out'),
            condition: { field: 'openFire', op: 'equals', value: true },
          },
          {
            id: `${P}-gas`,
            kind: 'yesNo',
            key: 'liquefiedGas',
            required: true,
            label: t(
              'Käytetäänkö nestekaasua (esimerkiksi ruokamyynnissä)?',
              'Används gasol (till exempel vid matförsäljning)?',
              'Will liquefied petroleum gas be used (for example by food stalls)?',
            ),
          },
          {
            id: `${P}-gas-details`,
            kind: 'textarea',
            key: 'liquefiedGasDetails',
            required: true,
            maxLength: 2000,
            label: t(
              'Kaasupullojen määrä, koko ja säilytys',
              'Gasolflaskornas antal, storlek och förvaring',
              'Number and size of gas cylinders and how they are stored',
            ),
            help: t(
              'Varapullot säilytetään lukitussa, merkityssä paikassa erillään yleisöstä.',
              'Reservflaskor förvaras på en låst och märkt plats avskild från publiken.',
              'Spare cylinders are kept in a locked, marked place away from the public.',
            ),
            condition: { field: 'liquefiedGas', op: 'equals', value: true },
          },
          {
            id: `${P}-structures`,
            kind: 'group',
            key: 'temporaryStructures',
            maxItems: 50,
            label: t('Tilapäiset rakennelmat', 'Tillfälliga konstruktioner', 'Temporary structures'),
            help: t(
              'Lavat, katsomot, teltat ja muut rakennelmat, joihin yleisö pääsee tai joiden sortuminen voisi vaarantaa yleisön.',
              'Scener, läktare, tält och andra konstruktioner som publiken har tillträde till eller vars ras kunde utsätta publiken för fara.',
              'Stages, stands, tents and other structures the audience can enter or whose collapse could endanger it.',
            ),
            itemLabel: t('Rakennelma', 'Konstruktion', 'Structure'),
            elements: [
              {
                id: `${P}-structure-type`,
                kind: 'choice',
                key: 'structureType',
                display: 'select',
                required: true,
                label: t('Rakennelma', 'Konstruktion', 'Structure'),
                options: [
                  { value: 'stage', label: t('esiintymislava', 'scen', 'stage') },
                  { value: 'stand', label: t('katsomo', 'läktare', 'stand') },
                  { value: 'tent', label: t('teltta', 'tält', 'tent') },
                  { value: 'other', label: t('muu rakennelma', 'annan konstruktion', 'other structure') },
                ],
              },
              {
                id: `${P}-structure-size`,
                kind: 'number',
                key: 'structureAreaM2',
                required: true,
                min: 1,
                label: t('Koko (m²)', 'Storlek (m²)', 'Size (m²)'),
              },
              {
                id: `${P}-structure-capacity`,
                kind: 'number',
                key: 'structureCapacity',
                integer: true,
                min: 0,
                label: t('Henkilömäärä enintään', 'Högst antal personer', 'Maximum number of people'),
              },
            ],
          },
        ],
      },
      {
        id: `${P}-page-safety`,
        title: t('Turvallisuusjärjestelyt', 'Säkerhetsarrangemang', 'Safety arrangements'),
        elements: [
          {
            id: `${P}-exits`,
            kind: 'number',
            key: 'exitCount',
            required: true,
            integer: true,
            min: 1,
            label: t('Poistumisteiden määrä', 'Antal utrymningsvägar', 'Number of exits'),
          },
          {
            id: `${P}-exits-description`,
            kind: 'textarea',
            key: 'exitArrangements',
            required: true,
            maxLength: 3000,
            label: t(
              'Poistumisreitit, niiden leveys, merkintä ja valaistus',
              'Utrymningsvägar, deras bredd, märkning och belysning',
              'Exit routes, their width, signs and lighting',
            ),
          },
          {
            id: `${P}-rescue-access`,
            kind: 'textarea',
            key: 'rescueAccessRoute',
            required: true,
            maxLength: 2000,
            label: t('Pelastustie ja kokoontumispaikka', 'Räddningsväg och återsamlingsplats', 'Emergency access route and assembly point'),
          },
          {
            id: `${P}-first-aid-staff`,
            kind: 'number',
            key: 'firstAidStaffCount',
            required: true,
            integer: true,
            min: 0,
            label: t('Ensiapuhenkilöstön määrä', 'Antal första hjälpen-personal', 'Number of first aid staff'),
          },
          {
            id: `${P}-first-aid`,
            kind: 'textarea',
            key: 'firstAidArrangements',
            required: true,
            maxLength: 2000,
            label: t('Ensiapupisteet ja ensiavun tuottaja', 'Första hjälpen-punkter och vem som ger första hjälpen', 'First aid points and provider'),
          },
          {
            id: `${P}-extinguishers`,
            kind: 'textarea',
            key: 'firstResponseEquipment',
            required: true,
            maxLength: 2000,
            label: t(
              'Alkusammutuskalusto ja sen sijainti',
              'Släckutrustning för första insats och var den finns',
              'Fire extinguishers and blankets and where they are',
            ),
          },
          {
            id: `${P}-staff-briefing`,
            kind: 'yesNo',
            key: 'staffBriefed',
            required: true,
            label: t(
              'Perehdytetäänkö henkilökunta pelastussuunnitelmaan ennen tilaisuutta?',
              'Introduceras personalen i räddningsplanen före tillställningen?',
              'Will the staff be briefed on the rescue plan before the event?',
            ),
          },
        ],
      },
      {
        id: `${P}-page-attachments`,
        title: t('Liitteet', 'Bilagor', 'Attachments'),
        elements: [
          {
            id: `${P}-rescue-plan`,
            kind: 'attachment',
            key: 'rescuePlan',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Pelastussuunnitelma', 'Räddningsplan', 'Rescue plan'),
            condition: { field: 'submissionType', op: 'equals', value: 'rescuePlan' },
          },
          {
            id: `${P}-site-map`,
            kind: 'attachment',
            key: 'siteMap',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Aluekartta', 'Områdeskarta', 'Site map'),
            help: t(
              'Merkitse karttaan poistumistiet, pelastustiet, ensiapu, alkusammutuskalusto, rakennelmat ja pyrotekniikan paikat. PDF, JPEG tai PNG.',
              'Märk ut utrymningsvägar, räddningsvägar, första hjälpen, släckutrustning, konstruktioner och pyroteknikens platser. PDF, JPEG eller PNG.',
              'Mark the exits, emergency access routes, first aid, fire extinguishers, structures and pyrotechnics. PDF, JPEG or PNG.',
            ),
          },
          {
            id: `${P}-other-info`,
            kind: 'textarea',
            key: 'otherInformation',
            maxLength: 4000,
            label: t('Muut tiedot pelastuslaitokselle', 'Övriga uppgifter till räddningsverket', 'Other information for the rescue department'),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(notificationTemplate),
};

/** A valid rescue plan for the Turku riverside festival: a stage, a tent, a small fireworks display. */
export const exampleData: FormData = {
  submissionType: 'rescuePlan',
  ...exampleParties,
  safetyManager: { safetyManagerName: 'Mikko Laine', safetyManagerPhone: '+358 40 555 1234' },
  ...exampleEvent,
  maxSimultaneousAttendees: 2000,
  venueKind: 'outdoors',
  pyrotechnics: true,
  pyrotechnicsDetails: {
    pyroProducts: 'Ilotulitusnäytös la klo 22.45, noin 40 kg luokan F4 tuotteita.',
    pyroOperatorName: 'Jari Nieminen',
    safetyDistanceMetres: 100,
  },
  openFire: false,
  liquefiedGas: true,
  liquefiedGasDetails: 'Kolmessa ruokakojussa yhteensä kuusi 11 kg:n nestekaasupulloa; varapullot lukitussa häkissä huoltoalueella.',
  temporaryStructures: [
    { structureType: 'stage', structureAreaM2: 96, structureCapacity: 30 },
    { structureType: 'tent', structureAreaM2: 50 },
  ],
  exitCount: 4,
  exitArrangements: 'Neljä vähintään 4 m levyistä uloskäyntiä aitauksessa, merkitty valaistuin opastein.',
  rescueAccessRoute: 'Pelastustie Vartiovuorenkadulta lavan taakse, pidetään vapaana. Kokoontumispaikka observatorion edessä.',
  firstAidStaffCount: 2,
  firstAidArrangements: 'Ensiapupiste lavan vieressä, Suomen Punaisen Ristin Turun osaston päivystäjät.',
  firstResponseEquipment: 'Käsisammuttimet lavalla, anniskelualueella ja jokaisessa ruokakojussa; sammutuspeitteet ruokakojuissa.',
  staffBriefed: true,
  rescuePlan: ['5e0c1d2b-8a7f-4b3e-9c6d-1f2a3b4c5d6e'],
  siteMap: ['a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'],
};
