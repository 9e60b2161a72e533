/**
 * Notification of demolishing a building (purkamisilmoitus) to the municipal building control, under
 * Rakentamislaki 751/2023: where no demolition permit is needed, the demolition is notified 30 days
 * before the work, and the building control may require a permit within that time. Follows the
 * building controls' form "Purkamisilmoitus" with its demolition waste report and hazardous-substance
 * (asbestos) survey.
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { notificationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';
import { applicantSection, exampleApplicantAndProperty, propertySection } from './property-parties';

const P = 'demo';

export const service: ServiceDefinition = {
  id: 'demolition-notification',
  kind: 'notification',
  authorityKind: 'municipality',
  topics: ['building'],
  name: t('Purkamisilmoitus', 'Rivningsanmälan', 'Notification of demolition'),
  description: t(
    'Rakennuksen tai sen osan purkamisesta on ilmoitettava kirjallisesti rakennusvalvontaviranomaiselle vähintään 30 vuorokautta ennen purkutyöhön ryhtymistä, jos purkamiseen ei tarvita purkamislupaa (rakentamislaki 751/2023). Rakennusvalvonta voi tänä aikana perustellusta syystä vaatia luvan hakemista. Asemakaava-alueella ja suojeltujen rakennusten purkamiseen tarvitaan yleensä lupa. Lomake noudattaa rakennusvalvontojen lomaketta "Purkamisilmoitus" liitteineen (purkumateriaali- ja purkujäteselvitys, haitta-aine- ja asbestikartoitus).',
    'Rivning av en byggnad eller en del av den ska anmälas skriftligen till byggnadstillsynsmyndigheten minst 30 dygn innan rivningsarbetet inleds, om rivningen inte kräver rivningslov (bygglagen 751/2023). Byggnadstillsynen kan under denna tid av grundad anledning kräva att tillstånd söks. I detaljplanerat område och för skyddade byggnader krävs i regel tillstånd. Blanketten följer byggnadstillsynernas blankett "Rivningsanmälan" med bilagor (utredning om rivningsmaterial och rivningsavfall, kartläggning av skadliga ämnen och asbest).',
    'Demolishing a building or part of one must be notified in writing to the building control authority at least 30 days before the work begins, where no demolition permit is needed (Building Act 751/2023). Within that time the building control may, for good reason, require a permit. In areas with a local detailed plan and for protected buildings a permit is usually needed. This form follows the building controls’ form "Notification of demolition" with its attachments (demolition material and waste report, hazardous-substance and asbestos survey).',
  ),
  form: {
    pages: [
      {
        id: `${P}-page-parties`,
        title: t('Ilmoittaja ja kiinteistö', 'Anmälare och fastighet', 'Notifier and property'),
        elements: [
          {
            id: `${P}-deadline`,
            kind: 'info',
            key: 'deadlineInfo',
            label: t('Määräaika', 'Tidsfrist', 'Deadline'),
            text: t(
              'Tee ilmoitus vähintään 30 vuorokautta ennen kuin purkutyö alkaa. Työn saa aloittaa, ellei rakennusvalvonta tänä aikana vaadi purkamislupaa.',
              'Gör anmälan minst 30 dygn innan rivningsarbetet börjar. Arbetet får inledas om byggnadstillsynen inte under denna tid kräver rivningslov.',
              'Notify at least 30 days before the demolition work begins. The work may begin unless the building control requires a demolition permit within that time.',
            ),
          },
          applicantSection(P),
          propertySection(P),
        ],
      },
      {
        id: `${P}-page-buildings`,
        title: t('Purettavat rakennukset', 'Byggnader som rivs', 'Buildings to be demolished'),
        elements: [
          {
            id: `${P}-buildings`,
            kind: 'group',
            key: 'buildings',
            required: true,
            minItems: 1,
            maxItems: 20,
            label: t('Purettavat rakennukset', 'Byggnader som rivs', 'Buildings to be demolished'),
            itemLabel: t('Rakennus', 'Byggnad', 'Building'),
            elements: [
              {
                id: `${P}-building-id`,
                kind: 'text',
                key: 'permanentBuildingId',
                maxLength: 10,
                pattern: '^[0-9]{9}[0-9A-Za-z]$',
                patternMessage: t(
                  'Pysyvä rakennustunnus on kymmenen merkkiä, esimerkiksi 103456789A.',
                  'Den permanenta byggnadsbeteckningen har tio tecken, till exempel 103456789A.',
                  'The permanent building identifier has ten characters, for example 103456789A.',
                ),
                label: t('Pysyvä rakennustunnus', 'Permanent byggnadsbeteckning', 'Permanent building identifier'),
                help: t(
                  'Jos rakennuksella on tunnus; se löytyy esimerkiksi kiinteistötietojärjestelmästä.',
                  'Om byggnaden har en beteckning; den finns till exempel i fastighetsdatasystemet.',
                  'If the building has one; it is found for example in the property information system.',
                ),
              },
              {
                id: `${P}-building-use`,
                kind: 'choice',
                key: 'buildingUse',
                display: 'select',
                required: true,
                label: t('Käyttötarkoitus', 'Användningsändamål', 'Use'),
                options: [
                  { value: 'detachedHouse', label: t('omakotitalo', 'egnahemshus', 'detached house') },
                  { value: 'holidayHome', label: t('vapaa-ajan asunto', 'fritidsbostad', 'holiday home') },
                  { value: 'sauna', label: t('sauna', 'bastu', 'sauna') },
                  { value: 'outbuilding', label: t('talousrakennus, autotalli tai vaja', 'ekonomibyggnad, garage eller bod', 'outbuilding, garage or shed') },
                  { value: 'agricultural', label: t('maatalousrakennus', 'lantbruksbyggnad', 'farm building') },
                  { value: 'other', label: t('muu rakennus', 'annan byggnad', 'other building') },
                ],
              },
              {
                id: `${P}-building-year`,
                kind: 'number',
                key: 'yearBuilt',
                integer: true,
                min: 1600,
                max: 2030,
                label: t('Valmistumisvuosi', 'Byggnadsår', 'Year completed'),
                help: t(
                  'Ennen vuotta 1994 rakennetuista rakennuksista on tehtävä asbestikartoitus.',
                  'För byggnader uppförda före 1994 ska en asbestkartläggning göras.',
                  'Buildings completed before 1994 need an asbestos survey.',
                ),
              },
              {
                id: `${P}-building-area`,
                kind: 'number',
                key: 'floorAreaM2',
                required: true,
                min: 1,
                label: t('Kerrosala (m²)', 'Våningsyta (m²)', 'Floor area (m²)'),
              },
              {
                id: `${P}-building-volume`,
                kind: 'number',
                key: 'volumeM3',
                min: 1,
                label: t('Tilavuus (m³)', 'Volym (m³)', 'Volume (m³)'),
              },
              {
                id: `${P}-building-material`,
                kind: 'choice',
                key: 'frameMaterial',
                display: 'select',
                required: true,
                label: t('Runkomateriaali', 'Stommaterial', 'Frame material'),
                options: [
                  { value: 'wood', label: t('puu', 'trä', 'wood') },
                  { value: 'brick', label: t('tiili', 'tegel', 'brick') },
                  { value: 'concrete', label: t('betoni', 'betong', 'concrete') },
                  { value: 'steel', label: t('teräs', 'stål', 'steel') },
                  { value: 'other', label: t('muu', 'annat', 'other') },
                ],
              },
            ],
          },
          {
            id: `${P}-reason`,
            kind: 'textarea',
            key: 'demolitionReason',
            required: true,
            maxLength: 2000,
            label: t('Purkamisen syy', 'Orsak till rivningen', 'Reason for demolition'),
          },
          {
            id: `${P}-protected`,
            kind: 'yesNo',
            key: 'protectedOrValuable',
            required: true,
            label: t(
              'Onko rakennus kaavassa suojeltu tai inventoitu rakennushistoriallisesti arvokkaaksi?',
              'Är byggnaden skyddad i planen eller inventerad som byggnadshistoriskt värdefull?',
              'Is the building protected in a plan or listed as historically valuable?',
            ),
            help: t(
              'Suojellun rakennuksen purkamiseen tarvitaan aina purkamislupa; käytä silloin lupahakemusta.',
              'För att riva en skyddad byggnad krävs alltid rivningslov; använd då tillståndsansökan.',
              'Demolishing a protected building always needs a permit; use the permit application instead.',
            ),
          },
        ],
      },
      {
        id: `${P}-page-work`,
        title: t('Purkutyö ja jätteet', 'Rivningsarbete och avfall', 'Demolition work and waste'),
        elements: [
          {
            id: `${P}-work-dates`,
            kind: 'dateRange',
            key: 'workDates',
            required: true,
            label: t('Purkutyön arvioitu alkamis- ja päättymispäivä', 'Rivningsarbetets beräknade start- och slutdatum', 'Expected start and end of the work'),
            help: t(
              'Alkamispäivän on oltava vähintään 30 vuorokauden päässä ilmoituksesta.',
              'Startdatumet ska vara minst 30 dygn efter anmälan.',
              'The start date must be at least 30 days after the notification.',
            ),
          },
          {
            id: `${P}-contractor-used`,
            kind: 'yesNo',
            key: 'usesContractor',
            required: true,
            label: t('Tekeekö purkutyön urakoitsija?', 'Utförs rivningen av en entreprenör?', 'Will a contractor do the work?'),
          },
          {
            id: `${P}-contractor`,
            kind: 'section',
            key: 'contractor',
            label: t('Purkuurakoitsija', 'Rivningsentreprenör', 'Demolition contractor'),
            condition: { field: 'usesContractor', op: 'equals', value: true },
            elements: [
              {
                id: `${P}-contractor-name`,
                kind: 'text',
                key: 'contractorName',
                required: true,
                maxLength: 200,
                label: t('Yrityksen nimi', 'Företagets namn', 'Company name'),
              },
              {
                id: `${P}-contractor-business-id`,
                kind: 'businessId',
                key: 'contractorBusinessId',
                required: true,
                label: t('Y-tunnus', 'FO-nummer', 'Business ID'),
              },
              {
                id: `${P}-contractor-phone`,
                kind: 'phone',
                key: 'contractorPhone',
                required: true,
                label: t('Puhelinnumero', 'Telefonnummer', 'Phone number'),
              },
            ],
          },
          {
            id: `${P}-hazardous`,
            kind: 'choice',
            key: 'hazardousSubstances',
            display: 'radio',
            required: true,
            label: t(
              'Haitta-aineet (asbesti, PCB, PAH, lyijy)',
              'Skadliga ämnen (asbest, PCB, PAH, bly)',
              'Hazardous substances (asbestos, PCB, PAH, lead)',
            ),
            options: [
              { value: 'surveyedFound', label: t('kartoitettu, haitta-aineita löytyi', 'kartlagda, skadliga ämnen hittades', 'surveyed, some were found') },
              { value: 'surveyedNone', label: t('kartoitettu, ei haitta-aineita', 'kartlagda, inga skadliga ämnen', 'surveyed, none found') },
              { value: 'notSurveyed', label: t('ei kartoitettu (rakennus valmistunut 1994 tai myöhemmin)', 'inte kartlagda (byggnaden färdig 1994 eller senare)', 'not surveyed (building completed in 1994 or later)') },
            ],
          },
          {
            id: `${P}-hazardous-survey`,
            kind: 'attachment',
            key: 'hazardousSubstanceSurvey',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Haitta-aine- ja asbestikartoitus', 'Kartläggning av skadliga ämnen och asbest', 'Hazardous-substance and asbestos survey'),
            condition: { field: 'hazardousSubstances', op: 'oneOf', values: ['surveyedFound', 'surveyedNone'] },
          },
          {
            id: `${P}-waste`,
            kind: 'group',
            key: 'demolitionWaste',
            required: true,
            minItems: 1,
            maxItems: 20,
            label: t('Purkujätteet ja niiden käsittely', 'Rivningsavfall och dess hantering', 'Demolition waste and its handling'),
            itemLabel: t('Jätelaji', 'Avfallsslag', 'Waste type'),
            elements: [
              {
                id: `${P}-waste-type`,
                kind: 'choice',
                key: 'wasteType',
                display: 'select',
                required: true,
                label: t('Jätelaji', 'Avfallsslag', 'Waste type'),
                options: [
                  { value: 'wood', label: t('puu', 'trä', 'wood') },
                  { value: 'concreteBrick', label: t('betoni ja tiili', 'betong och tegel', 'concrete and brick') },
                  { value: 'metal', label: t('metalli', 'metall', 'metal') },
                  { value: 'mixed', label: t('sekalainen rakennusjäte', 'blandat byggavfall', 'mixed construction waste') },
                  { value: 'hazardous', label: t('vaarallinen jäte (esim. asbesti)', 'farligt avfall (t.ex. asbest)', 'hazardous waste (e.g. asbestos)') },
                ],
              },
              {
                id: `${P}-waste-amount`,
                kind: 'number',
                key: 'amountTonnes',
                required: true,
                min: 0,
                label: t('Arvioitu määrä (t)', 'Beräknad mängd (t)', 'Estimated amount (t)'),
              },
              {
                id: `${P}-waste-destination`,
                kind: 'text',
                key: 'destination',
                required: true,
                maxLength: 200,
                label: t('Toimituspaikka tai hyödyntäminen', 'Mottagningsplats eller återvinning', 'Destination or reuse'),
              },
            ],
          },
          {
            id: `${P}-site-plan`,
            kind: 'attachment',
            key: 'sitePlan',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Asemapiirros, johon purettavat rakennukset on merkitty', 'Situationsplan med byggnaderna som rivs', 'Site plan showing the buildings to be demolished'),
            help: t('PDF, JPEG tai PNG.', 'PDF, JPEG eller PNG.', 'PDF, JPEG or PNG.'),
          },
          {
            id: `${P}-photos`,
            kind: 'attachment',
            key: 'photos',
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 10,
            maxSizeMb: 10,
            label: t('Valokuvat rakennuksesta', 'Fotografier av byggnaden', 'Photos of the building'),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(notificationTemplate),
};

/** A valid notification: an old sauna and shed on a Porvoo property, with an asbestos survey. */
export const exampleData: FormData = {
  ...exampleApplicantAndProperty,
  buildings: [
    { buildingUse: 'sauna', yearBuilt: 1962, floorAreaM2: 18, frameMaterial: 'wood' },
    { permanentBuildingId: '103456789A', buildingUse: 'outbuilding', yearBuilt: 1975, floorAreaM2: 24, volumeM3: 70, frameMaterial: 'wood' },
  ],
  demolitionReason: 'Sauna ja vaja ovat lahonneet eikä niitä kannata korjata; tilalle rakennetaan myöhemmin uusi saunarakennus.',
  protectedOrValuable: false,
  workDates: { start: '2027-05-03', end: '2027-05-21' },
  usesContractor: true,
  contractor: { contractorName: 'Porvoon Purku ja Kierrätys Oy', contractorBusinessId: '2880341-1', contractorPhone: '019 524 1100' },
  hazardousSubstances: 'surveyedFound',
  hazardousSubstanceSurvey: ['f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92'],
  demolitionWaste: [
    { wasteType: 'wood', amountTonnes: 6, destination: 'Itä-Uudenmaan Jätehuolto, Domargårdin jätekeskus' },
    { wasteType: 'hazardous', amountTonnes: 0.4, destination: 'Asbestilevyt luvanvaraiseen käsittelyyn (Domargård)' },
  ],
  sitePlan: ['a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9ca3'],
};
