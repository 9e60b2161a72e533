/**
 * Notification of temporary noise from an event to the municipal environmental protection authority
 * (ilmoitus tilapäisestä melusta), Ympäristönsuojelulaki 527/2014 § 118, at least 30 days before.
 * Follows the municipalities' form "Ilmoitus tilapäisestä melusta ja tärinästä", which asks for the
 * noise sources, their times and levels, the mitigation, and how the neighbours are told.
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { notificationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';
import { exampleParties, organiserSection, responsiblePersonSection } from './event-parties';
import { eventSection, exampleEvent } from './event-basics';

const P = 'noise';

export const service: ServiceDefinition = {
  id: 'event-noise',
  kind: 'notification',
  authorityKind: 'municipality',
  topics: ['events', 'environment'],
  name: t(
    'Meluilmoitus yleisötilaisuudesta',
    'Bullerdeklaration om allmän tillställning',
    'Noise notification for a public event',
  ),
  description: t(
    'Tilapäisestä melusta, kuten ulkoilmakonsertista tai muusta äänentoistoa käyttävästä tapahtumasta, on ilmoitettava kunnan ympäristönsuojeluviranomaiselle vähintään 30 vuorokautta ennen toimintaa (ympäristönsuojelulaki 527/2014, 118 §). Lomake noudattaa kuntien lomaketta "Ilmoitus tilapäisestä melusta ja tärinästä". Viranomainen voi antaa päätöksessään määräyksiä esimerkiksi äänitasoista ja soittoajoista.',
    'Tillfälligt buller, till exempel en utomhuskonsert eller annat evenemang med ljudåtergivning, ska anmälas till kommunens miljöskyddsmyndighet minst 30 dygn innan verksamheten inleds (miljöskyddslagen 527/2014, 118 §). Blanketten följer kommunernas blankett "Anmälan om tillfälligt buller och tillfälliga vibrationer". Myndigheten kan i sitt beslut ge föreskrifter till exempel om ljudnivåer och speltider.',
    'Temporary noise, such as an open-air concert or another event with amplified sound, must be notified to the municipal environmental protection authority at least 30 days before (Environmental Protection Act 527/2014, section 118). This form follows the municipalities’ form "Notification of temporary noise and vibration". The authority may set conditions, for example on sound levels and playing times.',
  ),
  form: {
    pages: [
      {
        id: `${P}-page-organiser`,
        title: t('Ilmoittaja', 'Anmälare', 'Notifier'),
        elements: [
          {
            id: `${P}-deadline`,
            kind: 'info',
            key: 'deadlineInfo',
            label: t('Määräaika', 'Tidsfrist', 'Deadline'),
            text: t(
              'Ilmoitus on tehtävä vähintään 30 vuorokautta ennen meluavan toiminnan alkamista. Ilmoituksen käsittelystä peritään kunnan taksan mukainen maksu.',
              'Anmälan ska göras minst 30 dygn innan den bullrande verksamheten börjar. För behandlingen tas en avgift ut enligt kommunens taxa.',
              'The notification must be made at least 30 days before the noisy activity begins. The municipality charges a fee for handling it under its tariff.',
            ),
          },
          organiserSection(P),
          responsiblePersonSection(P),
          {
            id: `${P}-invoicing`,
            kind: 'textarea',
            key: 'invoicingAddress',
            maxLength: 500,
            label: t('Laskutusosoite, jos eri kuin postiosoite', 'Faktureringsadress, om annan än postadressen', 'Invoicing address, if not the postal address'),
            help: t(
              'Verkkolaskuosoite ja välittäjä tai postiosoite.',
              'E-fakturaadress och förmedlare eller postadress.',
              'E-invoicing address and operator, or a postal address.',
            ),
          },
        ],
      },
      {
        id: `${P}-page-noise`,
        title: t('Tapahtuma ja melulähteet', 'Evenemang och bullerkällor', 'Event and noise sources'),
        elements: [
          eventSection(P),
          {
            id: `${P}-sources`,
            kind: 'group',
            key: 'noiseSources',
            required: true,
            minItems: 1,
            maxItems: 20,
            label: t('Melulähteet', 'Bullerkällor', 'Noise sources'),
            itemLabel: t('Melulähde', 'Bullerkälla', 'Noise source'),
            elements: [
              {
                id: `${P}-source-type`,
                kind: 'choice',
                key: 'sourceType',
                display: 'select',
                required: true,
                label: t('Melulähde', 'Bullerkälla', 'Source'),
                options: [
                  { value: 'amplifiedMusic', label: t('vahvistettu musiikki tai puhe', 'förstärkt musik eller tal', 'amplified music or speech') },
                  { value: 'soundCheck', label: t('äänentarkistus ja harjoitukset', 'ljudkontroll och repetitioner', 'sound checks and rehearsals') },
                  { value: 'generator', label: t('aggregaatti', 'elverk', 'generator') },
                  { value: 'fireworks', label: t('ilotulitus', 'fyrverkeri', 'fireworks') },
                  { value: 'motorsport', label: t('moottoriurheilu', 'motorsport', 'motor sport') },
                  { value: 'construction', label: t('rakentaminen ja purku', 'byggande och rivning', 'setting up and dismantling') },
                  { value: 'other', label: t('muu', 'annan', 'other') },
                ],
              },
              {
                id: `${P}-source-description`,
                kind: 'text',
                key: 'sourceDescription',
                required: true,
                maxLength: 300,
                label: t('Kuvaus ja sijainti', 'Beskrivning och plats', 'Description and location'),
              },
              {
                id: `${P}-source-times`,
                kind: 'text',
                key: 'sourceTimes',
                required: true,
                maxLength: 300,
                label: t('Päivät ja kellonajat', 'Dagar och klockslag', 'Days and times'),
                help: t(
                  'Esimerkiksi "pe 18–23, la 14–23". Klo 22 jälkeinen melu on perusteltava.',
                  'Till exempel "fre 18–23, lör 14–23". Buller efter kl. 22 ska motiveras.',
                  'For example "Fri 18–23, Sat 14–23". Noise after 22:00 must be justified.',
                ),
              },
              {
                id: `${P}-source-level`,
                kind: 'number',
                key: 'soundLevelDb',
                min: 0,
                max: 140,
                label: t(
                  'Suurin äänitaso miksauspöydän kohdalla, LAeq 15 min (dB)',
                  'Högsta ljudnivå vid mixerbordet, LAeq 15 min (dB)',
                  'Maximum sound level at the mixing desk, LAeq 15 min (dB)',
                ),
              },
            ],
          },
          {
            id: `${P}-nearest-dwelling`,
            kind: 'number',
            key: 'nearestDwellingMetres',
            required: true,
            min: 0,
            label: t('Etäisyys lähimpään asuinrakennukseen (m)', 'Avstånd till närmaste bostadshus (m)', 'Distance to the nearest home (m)'),
          },
          {
            id: `${P}-sensitive-sites`,
            kind: 'textarea',
            key: 'sensitiveSites',
            maxLength: 2000,
            label: t(
              'Muut lähellä olevat häiriintyvät kohteet',
              'Andra störningskänsliga objekt i närheten',
              'Other sensitive sites nearby',
            ),
            help: t(
              'Esimerkiksi sairaalat, hoitolaitokset, koulut, päiväkodit ja luonnonsuojelualueet.',
              'Till exempel sjukhus, vårdinrättningar, skolor, daghem och naturskyddsområden.',
              'For example hospitals, care homes, schools, day-care centres and nature reserves.',
            ),
          },
        ],
      },
      {
        id: `${P}-page-mitigation`,
        title: t('Meluntorjunta ja tiedottaminen', 'Bullerbekämpning och information', 'Noise control and informing'),
        elements: [
          {
            id: `${P}-mitigation`,
            kind: 'multiChoice',
            key: 'mitigationMeasures',
            minItems: 1,
            required: true,
            label: t('Meluntorjuntatoimet', 'Åtgärder för bullerbekämpning', 'Noise control measures'),
            options: [
              { value: 'speakerDirection', label: t('kaiuttimet suunnataan poispäin asutuksesta', 'högtalarna riktas bort från bebyggelse', 'speakers face away from homes') },
              { value: 'limiter', label: t('äänitasojen rajoitin', 'ljudbegränsare', 'sound level limiter') },
              { value: 'monitoring', label: t('äänitasojen jatkuva seuranta', 'kontinuerlig mätning av ljudnivåer', 'continuous sound level monitoring') },
              { value: 'timeLimits', label: t('soittoajat rajataan', 'speltiderna begränsas', 'playing times are limited') },
              { value: 'barriers', label: t('meluesteet', 'bullerskydd', 'noise barriers') },
              { value: 'other', label: t('muu toimenpide', 'annan åtgärd', 'other measure') },
            ],
          },
          {
            id: `${P}-mitigation-details`,
            kind: 'textarea',
            key: 'mitigationDetails',
            maxLength: 3000,
            label: t('Meluntorjunnan tarkempi kuvaus', 'Närmare beskrivning av bullerbekämpningen', 'More about the noise control'),
          },
          {
            id: `${P}-neighbours`,
            kind: 'choice',
            key: 'neighboursInformed',
            display: 'radio',
            required: true,
            label: t('Tiedotetaanko lähialueen asukkaille?', 'Informeras de närboende?', 'Are the neighbours informed?'),
            options: [
              { value: 'done', label: t('on jo tiedotettu', 'har redan informerats', 'already informed') },
              { value: 'planned', label: t('tiedotetaan ennen tapahtumaa', 'informeras före evenemanget', 'will be informed before the event') },
              { value: 'no', label: t('ei tiedoteta', 'informeras inte', 'not informed') },
            ],
          },
          {
            id: `${P}-neighbours-how`,
            kind: 'textarea',
            key: 'informingMethod',
            required: true,
            maxLength: 2000,
            label: t('Miten, milloin ja kenelle tiedotetaan?', 'Hur, när och till vem informeras?', 'How, when and whom do you inform?'),
            help: t(
              'Esimerkiksi tiedote porraskäytäviin, jakelualue ja päivämäärä.',
              'Till exempel meddelande i trapphusen, utdelningsområde och datum.',
              'For example notices in stairwells, the area covered and the date.',
            ),
            condition: { field: 'neighboursInformed', op: 'oneOf', values: ['done', 'planned'] },
          },
          {
            id: `${P}-complaints-phone`,
            kind: 'phone',
            key: 'complaintsPhone',
            required: true,
            label: t(
              'Puhelinnumero, johon asukkaat voivat ilmoittaa häiriöstä tapahtuman aikana',
              'Telefonnummer dit de boende kan anmäla störningar under evenemanget',
              'Phone number residents can call about disturbance during the event',
            ),
          },
          {
            id: `${P}-map`,
            kind: 'attachment',
            key: 'noiseSourceMap',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Kartta, johon melulähteet ja kaiuttimien suunnat on merkitty', 'Karta med bullerkällor och högtalarnas riktningar', 'Map showing the noise sources and speaker directions'),
            help: t('PDF, JPEG tai PNG.', 'PDF, JPEG eller PNG.', 'PDF, JPEG or PNG.'),
          },
          {
            id: `${P}-noise-report`,
            kind: 'attachment',
            key: 'noiseAssessment',
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Meluselvitys tai -mallinnus, jos tehty', 'Bullerutredning eller -modellering, om en sådan gjorts', 'Noise assessment or model, if made'),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(notificationTemplate),
};

/** A valid noise notification: two evenings of amplified music and a generator in Vartiovuori park. */
export const exampleData: FormData = {
  ...exampleParties,
  ...exampleEvent,
  noiseSources: [
    {
      sourceType: 'amplifiedMusic',
      sourceDescription: 'Päälava puiston pohjoisreunalla, kaiuttimet suunnattu etelään joelle päin',
      sourceTimes: 'pe 17–23, la 12–23',
      soundLevelDb: 96,
    },
    {
      sourceType: 'soundCheck',
      sourceDescription: 'Äänentarkistus päälavalla',
      sourceTimes: 'pe 13–16',
      soundLevelDb: 90,
    },
    { sourceType: 'generator', sourceDescription: 'Varavoima-aggregaatti lavan takana', sourceTimes: 'pe–la 12–24' },
  ],
  nearestDwellingMetres: 180,
  sensitiveSites: 'Vanhusten palvelutalo noin 300 m päässä Puolalanmäellä.',
  mitigationMeasures: ['speakerDirection', 'monitoring', 'timeLimits'],
  neighboursInformed: 'planned',
  informingMethod: 'Tiedote Vartiovuorenkadun ja Puolalankadun taloyhtiöiden porraskäytäviin kaksi viikkoa ennen tapahtumaa.',
  complaintsPhone: '+358407654321',
  noiseSourceMap: ['c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f'],
};
