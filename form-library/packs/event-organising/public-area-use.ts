/**
 * Application for the temporary use of a public area (street, park, square) for an event. The
 * municipality decides as the owner and keeper of the area; the Act on the Maintenance and Cleaning of
 * Streets and Certain Public Areas 547/1978 § 14 b gives it 21 days to decide. Follows the
 * municipalities' form "Yleisen alueen käyttölupahakemus" (place, time, area, structures, insurance).
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { applicationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';
import { exampleParties, organiserSection, responsiblePersonSection } from './event-parties';
import { eventSection, exampleEvent } from './event-basics';

const P = 'area';

export const service: ServiceDefinition = {
  id: 'public-area-use',
  kind: 'application',
  authorityKind: 'municipality',
  topics: ['events', 'streets'],
  name: t(
    'Yleisen alueen käyttölupa tapahtumaan',
    'Tillstånd att använda allmänt område för ett evenemang',
    'Permit to use a public area for an event',
  ),
  description: t(
    'Kunnan katujen, torien ja puistojen tilapäiseen käyttöön tapahtumassa tarvitaan kunnan lupa. Kunta päättää asiasta alueen omistajana ja kunnossapitäjänä; käsittelyaika on enintään 21 vuorokautta (laki kadun ja eräiden yleisten alueiden kunnossa- ja puhtaanapidosta 547/1978, 14 b §). Lomake noudattaa kuntien lomaketta "Yleisen alueen käyttölupahakemus".',
    'För tillfällig användning av kommunens gator, torg och parker vid ett evenemang behövs kommunens tillstånd. Kommunen beslutar som ägare och underhållare av området; behandlingstiden är högst 21 dygn (lagen om underhåll och renhållning av gator och vissa allmänna områden 547/1978, 14 b §). Blanketten följer kommunernas blankett "Ansökan om tillstånd att använda allmänt område".',
    'Temporary use of the municipality’s streets, squares and parks for an event needs the municipality’s permission. The municipality decides as the owner and keeper of the area, within at most 21 days (Act on the Maintenance and Cleaning of Streets and Certain Public Areas 547/1978, section 14 b). This form follows the municipalities’ form "Application for a permit to use a public area".',
  ),
  form: {
    pages: [
      {
        id: `${P}-page-applicant`,
        title: t('Hakija', 'Sökande', 'Applicant'),
        elements: [
          {
            id: `${P}-deadline`,
            kind: 'info',
            key: 'deadlineInfo',
            label: t('Hae ajoissa', 'Ansök i tid', 'Apply in time'),
            text: t(
              'Jätä hakemus vähintään 21 vuorokautta ennen alueen käytön alkamista; suurissa tapahtumissa jo kaksi kuukautta ennen. Lupa on maksullinen kunnan taksan mukaan.',
              'Lämna in ansökan minst 21 dygn innan användningen av området börjar; för stora evenemang redan två månader före. Tillståndet är avgiftsbelagt enligt kommunens taxa.',
              'Apply at least 21 days before the use of the area begins; for large events two months before. The municipality charges a fee under its tariff.',
            ),
          },
          organiserSection(P),
          responsiblePersonSection(P),
        ],
      },
      {
        id: `${P}-page-area`,
        title: t('Alue ja aika', 'Område och tid', 'Area and time'),
        elements: [
          eventSection(P),
          {
            id: `${P}-area-size`,
            kind: 'number',
            key: 'areaSizeM2',
            required: true,
            min: 1,
            label: t('Käytettävän alueen koko (m²)', 'Områdets storlek (m²)', 'Size of the area (m²)'),
          },
          {
            id: `${P}-setup`,
            kind: 'dateRange',
            key: 'useDates',
            required: true,
            label: t(
              'Alueen käyttöaika rakentaminen ja purku mukaan lukien',
              'Tiden området används, inklusive uppbyggnad och rivning',
              'Period of use including setting up and dismantling',
            ),
          },
          {
            id: `${P}-area-type`,
            kind: 'multiChoice',
            key: 'areaTypes',
            required: true,
            minItems: 1,
            label: t('Alue on', 'Området är', 'The area is'),
            options: [
              { value: 'street', label: t('katu tai jalkakäytävä', 'gata eller trottoar', 'street or pavement') },
              { value: 'square', label: t('tori tai aukio', 'torg eller plats', 'market or square') },
              { value: 'park', label: t('puisto tai viheralue', 'park eller grönområde', 'park or green area') },
              { value: 'parking', label: t('pysäköintialue', 'parkeringsområde', 'parking area') },
            ],
          },
          {
            id: `${P}-street-closure`,
            kind: 'yesNo',
            key: 'streetClosure',
            required: true,
            label: t('Suljetaanko katuja liikenteeltä?', 'Stängs gator för trafik?', 'Will streets be closed to traffic?'),
          },
          {
            id: `${P}-traffic-plan`,
            kind: 'attachment',
            key: 'trafficPlan',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Liikennejärjestelysuunnitelma', 'Plan för trafikarrangemang', 'Traffic management plan'),
            condition: { field: 'streetClosure', op: 'equals', value: true },
          },
        ],
      },
      {
        id: `${P}-page-structures`,
        title: t('Rakenteet ja vakuutus', 'Konstruktioner och försäkring', 'Structures and insurance'),
        elements: [
          {
            id: `${P}-structures`,
            kind: 'group',
            key: 'structures',
            maxItems: 100,
            label: t('Alueelle tuotavat rakenteet', 'Konstruktioner som förs till området', 'Structures brought to the area'),
            itemLabel: t('Rakenne', 'Konstruktion', 'Structure'),
            elements: [
              {
                id: `${P}-structure-kind`,
                kind: 'text',
                key: 'structureKind',
                required: true,
                maxLength: 120,
                label: t('Rakenne', 'Konstruktion', 'Structure'),
                help: t(
                  'Esimerkiksi lava, teltta, myyntikoju, aita, WC-kontti.',
                  'Till exempel scen, tält, försäljningsstånd, staket, WC-container.',
                  'For example a stage, tent, stall, fence, toilet unit.',
                ),
              },
              {
                id: `${P}-structure-count`,
                kind: 'number',
                key: 'structureCount',
                required: true,
                integer: true,
                min: 1,
                label: t('Määrä', 'Antal', 'Number'),
              },
              {
                id: `${P}-structure-size`,
                kind: 'text',
                key: 'structureSize',
                maxLength: 60,
                label: t('Koko', 'Storlek', 'Size'),
              },
            ],
          },
          {
            id: `${P}-ground-anchoring`,
            kind: 'yesNo',
            key: 'groundAnchoring',
            required: true,
            label: t(
              'Kiinnitetäänkö rakenteita maahan (esimerkiksi maakiilat, kaivaminen)?',
              'Förankras konstruktioner i marken (till exempel markspett, grävning)?',
              'Will structures be fixed into the ground (for example ground pegs, digging)?',
            ),
            help: t(
              'Maahan kiinnittäminen edellyttää maanalaisten johtojen selvittämistä ennen töitä.',
              'Förankring i marken kräver att underjordiska ledningar utreds före arbetet.',
              'Fixing into the ground requires checking for underground cables and pipes first.',
            ),
          },
          {
            id: `${P}-electricity`,
            kind: 'choice',
            key: 'electricity',
            display: 'radio',
            required: true,
            label: t('Sähkö', 'El', 'Electricity'),
            options: [
              { value: 'none', label: t('ei tarvita', 'behövs inte', 'not needed') },
              { value: 'grid', label: t('kunnan sähköpisteestä', 'från kommunens eluttag', 'from the municipality’s supply point') },
              { value: 'generator', label: t('omalla aggregaatilla', 'med eget elverk', 'own generator') },
            ],
          },
          {
            id: `${P}-waste`,
            kind: 'textarea',
            key: 'wasteManagement',
            required: true,
            maxLength: 2000,
            label: t('Jätehuolto, WC:t ja alueen siivous', 'Avfallshantering, toaletter och städning', 'Waste, toilets and cleaning'),
          },
          {
            id: `${P}-insurance`,
            kind: 'section',
            key: 'insurance',
            label: t('Vastuuvakuutus', 'Ansvarsförsäkring', 'Liability insurance'),
            elements: [
              {
                id: `${P}-insurer`,
                kind: 'text',
                key: 'insurer',
                required: true,
                maxLength: 120,
                label: t('Vakuutusyhtiö', 'Försäkringsbolag', 'Insurance company'),
              },
              {
                id: `${P}-policy-number`,
                kind: 'text',
                key: 'policyNumber',
                required: true,
                maxLength: 60,
                label: t('Vakuutusnumero', 'Försäkringsnummer', 'Policy number'),
              },
            ],
          },
        ],
      },
      {
        id: `${P}-page-attachments`,
        title: t('Liitteet ja laskutus', 'Bilagor och fakturering', 'Attachments and invoicing'),
        elements: [
          {
            id: `${P}-map`,
            kind: 'attachment',
            key: 'areaMap',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Karttaliite käytettävästä alueesta', 'Kartbilaga över området', 'Map of the area to be used'),
            help: t(
              'Rajaa käytettävä alue ja merkitse rakenteet, huoltoajo ja pelastustiet. PDF, JPEG tai PNG.',
              'Avgränsa området och märk ut konstruktioner, servicetrafik och räddningsvägar. PDF, JPEG eller PNG.',
              'Outline the area and mark the structures, service access and emergency routes. PDF, JPEG or PNG.',
            ),
          },
          {
            id: `${P}-insurance-certificate`,
            kind: 'attachment',
            key: 'insuranceCertificate',
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 1,
            maxSizeMb: 10,
            label: t('Vakuutustodistus', 'Försäkringsintyg', 'Insurance certificate'),
          },
          {
            id: `${P}-invoicing`,
            kind: 'textarea',
            key: 'invoicingAddress',
            maxLength: 500,
            label: t('Laskutusosoite, jos eri kuin postiosoite', 'Faktureringsadress, om annan än postadressen', 'Invoicing address, if not the postal address'),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(applicationTemplate),
};

/** A valid application: the festival area in Vartiovuori park with a stage, tents and toilets. */
export const exampleData: FormData = {
  ...exampleParties,
  ...exampleEvent,
  areaSizeM2: 6000,
  useDates: { start: '2027-06-10', end: '2027-06-13' },
  areaTypes: ['park', 'street'],
  streetClosure: true,
  trafficPlan: ['d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70'],
  structures: [
    { structureKind: 'Esiintymislava', structureCount: 1, structureSize: '12 × 8 m' },
    { structureKind: 'Myyntiteltta', structureCount: 6, structureSize: '3 × 3 m' },
    { structureKind: 'WC-kontti', structureCount: 4 },
  ],
  groundAnchoring: false,
  electricity: 'generator',
  wasteManagement: 'Kuusi lajittelupistettä, jätehuoltoyhtiön tyhjennys kahdesti päivässä, alue siivotaan su klo 12 mennessä.',
  insurance: { insurer: 'LähiTapiola', policyNumber: 'VA-2027-448812' },
  areaMap: ['e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81'],
};
