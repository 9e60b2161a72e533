/**
 * Notification of a public event to the police (ilmoitus yleisötilaisuudesta), Kokoontumislaki
 * 530/1999 § 14, following the police's form "Ilmoitus yleisötilaisuudesta". The law asks for the
 * organiser, the person in charge, the time and place, the kind of event, the expected attendance
 * and the order-keeping arrangements; the police form adds traffic, alcohol and pyrotechnics.
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { notificationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';
import { exampleParties, organiserSection, responsiblePersonSection } from './event-parties';
import { eventSection, exampleEvent } from './event-basics';

const P = 'pol';

export const service: ServiceDefinition = {
  id: 'public-event-police',
  kind: 'notification',
  authorityKind: 'police',
  topics: ['events', 'safety'],
  name: t(
    'Ilmoitus yleisötilaisuudesta poliisille',
    'Anmälan om allmän tillställning till polisen',
    'Notification of a public event to the police',
  ),
  description: t(
    'Yleisötilaisuuden järjestäjän on ilmoitettava tilaisuudesta kirjallisesti poliisille vähintään viisi vuorokautta ennen sen alkamista (kokoontumislaki 530/1999, 14 §). Lomake noudattaa poliisin lomaketta "Ilmoitus yleisötilaisuudesta".',
    'Arrangören av en allmän tillställning ska anmäla den skriftligen till polisen senast fem dygn innan den börjar (lagen om sammankomster 530/1999, 14 §). Blanketten följer polisens blankett "Anmälan om allmän tillställning".',
    'The organiser of a public event must notify the police in writing at least five days before the event begins (Assembly Act 530/1999, section 14). This form follows the police form "Notification of a public event".',
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
            label: t('Ilmoita ajoissa', 'Anmäl i tid', 'Notify in time'),
            text: t(
              'Ilmoitus on tehtävä vähintään viisi (5) vuorokautta ennen tilaisuuden alkamista. Suurista tapahtumista kannattaa olla yhteydessä poliisiin jo suunnitteluvaiheessa.',
              'Anmälan ska göras minst fem (5) dygn innan tillställningen börjar. Vid stora evenemang lönar det sig att kontakta polisen redan i planeringsskedet.',
              'The notification must be made at least five (5) days before the event begins. For large events, contact the police already while planning.',
            ),
          },
          organiserSection(P),
          responsiblePersonSection(P),
        ],
      },
      {
        id: `${P}-page-event`,
        title: t('Tapahtuma', 'Evenemang', 'Event'),
        elements: [
          eventSection(P),
          {
            id: `${P}-event-type`,
            kind: 'choice',
            key: 'eventType',
            display: 'select',
            required: true,
            label: t('Tilaisuuden laatu', 'Typ av tillställning', 'Type of event'),
            options: [
              { value: 'concert', label: t('konsertti tai musiikkifestivaali', 'konsert eller musikfestival', 'concert or music festival') },
              { value: 'sports', label: t('urheilutapahtuma', 'idrottsevenemang', 'sports event') },
              { value: 'market', label: t('markkinat tai myyjäiset', 'marknad eller basar', 'market or fair') },
              { value: 'exhibition', label: t('näyttely tai messut', 'utställning eller mässa', 'exhibition or trade fair') },
              { value: 'amusement', label: t('huvitilaisuus tai tanssit', 'nöjestillställning eller dans', 'entertainment or dance') },
              { value: 'other', label: t('muu yleisötilaisuus', 'annan allmän tillställning', 'other public event') },
            ],
          },
          {
            id: `${P}-event-type-other`,
            kind: 'text',
            key: 'eventTypeOther',
            required: true,
            maxLength: 200,
            label: t('Mikä muu tilaisuus?', 'Vilken annan tillställning?', 'What other kind of event?'),
            condition: { field: 'eventType', op: 'equals', value: 'other' },
          },
          {
            id: `${P}-event-description`,
            kind: 'textarea',
            key: 'eventDescription',
            required: true,
            maxLength: 4000,
            label: t('Tilaisuuden kuvaus ja ohjelma', 'Beskrivning och program', 'Description and programme'),
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
            id: `${P}-attendees-total`,
            kind: 'number',
            key: 'expectedAttendees',
            required: true,
            integer: true,
            min: 1,
            label: t('Arvioitu osallistujamäärä yhteensä', 'Beräknat totalt antal deltagare', 'Expected number of attendees in total'),
          },
          {
            id: `${P}-attendees-max`,
            kind: 'number',
            key: 'maxSimultaneousAttendees',
            required: true,
            integer: true,
            min: 1,
            label: t('Arvioitu enimmäismäärä samanaikaisesti', 'Beräknat största antal samtidigt', 'Expected maximum at any one time'),
          },
          {
            id: `${P}-ticketed`,
            kind: 'yesNo',
            key: 'ticketed',
            required: true,
            label: t('Onko tilaisuus maksullinen?', 'Är tillställningen avgiftsbelagd?', 'Is there an entry fee?'),
          },
        ],
      },
      {
        id: `${P}-page-safety`,
        title: t('Järjestys ja turvallisuus', 'Ordning och säkerhet', 'Order and safety'),
        elements: [
          {
            id: `${P}-order-guards`,
            kind: 'group',
            key: 'orderGuards',
            minItems: 1,
            maxItems: 200,
            required: true,
            label: t('Järjestyksenvalvojat', 'Ordningsvakter', 'Security stewards (järjestyksenvalvojat)'),
            help: t(
              'Ilmoita järjestyksenvalvojat ja heidän korttinsa. Vähintään yksi järjestyksenvalvoja tai muu järjestyksen ylläpidosta vastaava henkilö.',
              'Ange ordningsvakterna och deras kort. Minst en ordningsvakt eller annan person som ansvarar för ordningen.',
              'List the security stewards and their cards. At least one steward or other person keeping order.',
            ),
            itemLabel: t('Järjestyksenvalvoja', 'Ordningsvakt', 'Steward'),
            elements: [
              {
                id: `${P}-guard-name`,
                kind: 'text',
                key: 'guardName',
                required: true,
                maxLength: 120,
                label: t('Nimi', 'Namn', 'Name'),
              },
              {
                id: `${P}-guard-role`,
                kind: 'choice',
                key: 'guardRole',
                display: 'radio',
                required: true,
                label: t('Tehtävä', 'Uppgift', 'Role'),
                options: [
                  { value: 'head', label: t('vastaava järjestyksenvalvoja', 'ansvarig ordningsvakt', 'head steward') },
                  { value: 'steward', label: t('järjestyksenvalvoja', 'ordningsvakt', 'steward') },
                  { value: 'assistant', label: t('muu järjestyksen ylläpitäjä', 'annan person som upprätthåller ordningen', 'other order-keeping staff') },
                ],
              },
              {
                id: `${P}-guard-card`,
                kind: 'text',
                key: 'guardCardNumber',
                maxLength: 40,
                label: t('Järjestyksenvalvojakortin numero', 'Ordningsvaktskortets nummer', 'Steward card number'),
                condition: { field: 'guardRole', op: 'oneOf', values: ['head', 'steward'] },
                required: true,
              },
              {
                id: `${P}-guard-card-valid`,
                kind: 'date',
                key: 'guardCardValidUntil',
                label: t('Kortti voimassa', 'Kortet gäller till', 'Card valid until'),
                condition: { field: 'guardRole', op: 'oneOf', values: ['head', 'steward'] },
                required: true,
              },
            ],
          },
          {
            id: `${P}-security-company-used`,
            kind: 'yesNo',
            key: 'usesSecurityCompany',
            required: true,
            label: t('Hoitaako järjestyksenvalvonnan vartioimisliike?', 'Sköter ett bevakningsföretag ordningsövervakningen?', 'Is order-keeping bought from a security company?'),
          },
          {
            id: `${P}-security-company`,
            kind: 'text',
            key: 'securityCompanyName',
            required: true,
            maxLength: 200,
            label: t('Vartioimisliikkeen nimi', 'Bevakningsföretagets namn', 'Name of the security company'),
            condition: { field: 'usesSecurityCompany', op: 'equals', value: true },
          },
          {
            id: `${P}-security-company-id`,
            kind: 'businessId',
            key: 'securityCompanyBusinessId',
            required: true,
            label: t('Vartioimisliikkeen Y-tunnus', 'Bevakningsföretagets FO-nummer', 'Business ID of the security company'),
            condition: { field: 'usesSecurityCompany', op: 'equals', value: true },
          },
          {
            id: `${P}-first-aid`,
            kind: 'textarea',
            key: 'firstAidArrangements',
            required: true,
            maxLength: 2000,
            label: t('Ensiapujärjestelyt', 'Första hjälpen-arrangemang', 'First aid arrangements'),
          },
          {
            id: `${P}-traffic-affected`,
            kind: 'yesNo',
            key: 'affectsTraffic',
            required: true,
            label: t(
              'Vaikuttaako tilaisuus liikenteeseen (esimerkiksi katujen sulkeminen, pysäköinti)?',
              'Påverkar tillställningen trafiken (till exempel avstängda gator, parkering)?',
              'Does the event affect traffic (for example closed streets, parking)?',
            ),
          },
          {
            id: `${P}-traffic`,
            kind: 'textarea',
            key: 'trafficArrangements',
            required: true,
            maxLength: 3000,
            label: t('Liikennejärjestelyt', 'Trafikarrangemang', 'Traffic arrangements'),
            help: t(
              'Suljettavat kadut ja niiden ajat, liikenteenohjaajat, pysäköinti ja joukkoliikenne. Katujen sulkemiseen tarvitaan lisäksi kunnan lupa.',
              'Gator som stängs och när, trafikdirigenter, parkering och kollektivtrafik. För att stänga gator behövs dessutom kommunens tillstånd.',
              'Streets to be closed and when, traffic controllers, parking and public transport. Closing streets also needs the municipality’s permission.',
            ),
            condition: { field: 'affectsTraffic', op: 'equals', value: true },
          },
          {
            id: `${P}-alcohol`,
            kind: 'yesNo',
            key: 'alcoholServed',
            required: true,
            label: t('Anniskellaanko tilaisuudessa alkoholia?', 'Serveras alkohol vid tillställningen?', 'Will alcohol be served?'),
          },
          {
            id: `${P}-alcohol-details`,
            kind: 'section',
            key: 'alcoholDetails',
            label: t('Anniskelu', 'Utskänkning', 'Serving alcohol'),
            condition: { field: 'alcoholServed', op: 'equals', value: true },
            elements: [
              {
                id: `${P}-alcohol-licensee`,
                kind: 'text',
                key: 'licenceHolder',
                required: true,
                maxLength: 200,
                label: t('Anniskeluluvan haltija', 'Innehavare av serveringstillståndet', 'Holder of the alcohol licence'),
                help: t(
                  'Anniskeluun tarvitaan aluehallintoviraston anniskelulupa.',
                  'För utskänkning behövs regionförvaltningsverkets serveringstillstånd.',
                  'Serving alcohol needs a licence from the Regional State Administrative Agency.',
                ),
              },
              {
                id: `${P}-alcohol-area`,
                kind: 'textarea',
                key: 'servingArea',
                required: true,
                maxLength: 2000,
                label: t('Anniskelualue ja sen valvonta', 'Serveringsområdet och övervakningen av det', 'Serving area and how it is supervised'),
              },
            ],
          },
          {
            id: `${P}-pyro`,
            kind: 'yesNo',
            key: 'pyrotechnics',
            required: true,
            label: t(
              'Käytetäänkö ilotulitteita tai muita pyroteknisiä tuotteita?',
              'Används fyrverkerier eller andra pyrotekniska artiklar?',
              'Will fireworks or other pyrotechnics be used?',
            ),
            help: t(
              'Ilotulitusnäytöksestä on tehtävä ilmoitus myös pelastusviranomaiselle.',
              'En fyrverkeriuppvisning ska också anmälas till räddningsmyndigheten.',
              'A fireworks display must also be notified to the rescue authority.',
            ),
          },
          {
            id: `${P}-pyro-details`,
            kind: 'textarea',
            key: 'pyrotechnicsDetails',
            required: true,
            maxLength: 2000,
            label: t(
              'Ilotulituksen aika, paikka ja vastuullinen ampuja',
              'Tid, plats och ansvarig avfyrare för fyrverkeriet',
              'Time and place of the display and the responsible operator',
            ),
            condition: { field: 'pyrotechnics', op: 'equals', value: true },
          },
          {
            id: `${P}-structures`,
            kind: 'textarea',
            key: 'temporaryStructures',
            maxLength: 2000,
            label: t(
              'Tilapäiset rakennelmat (lavat, katsomot, teltat, aidat)',
              'Tillfälliga konstruktioner (scener, läktare, tält, staket)',
              'Temporary structures (stages, stands, tents, fences)',
            ),
          },
        ],
      },
      {
        id: `${P}-page-attachments`,
        title: t('Liitteet ja lisätiedot', 'Bilagor och tilläggsuppgifter', 'Attachments and other information'),
        elements: [
          {
            id: `${P}-site-map`,
            kind: 'attachment',
            key: 'siteMap',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Kartta tai asemapiirros tapahtuma-alueesta', 'Karta eller situationsplan över evenemangsområdet', 'Map or site plan of the event area'),
            help: t(
              'Merkitse karttaan lavat, anniskelualueet, ensiapu, poistumistiet ja pelastustiet. PDF, JPEG tai PNG.',
              'Märk ut scener, serveringsområden, första hjälpen, utrymningsvägar och räddningsvägar. PDF, JPEG eller PNG.',
              'Mark the stages, serving areas, first aid, exits and emergency access routes. PDF, JPEG or PNG.',
            ),
          },
          {
            id: `${P}-safety-plan`,
            kind: 'attachment',
            key: 'safetyPlan',
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Turvallisuus- tai pelastussuunnitelma', 'Säkerhets- eller räddningsplan', 'Safety or rescue plan'),
          },
          {
            id: `${P}-other-info`,
            kind: 'textarea',
            key: 'otherInformation',
            maxLength: 4000,
            label: t('Muut tiedot poliisille', 'Övriga uppgifter till polisen', 'Other information for the police'),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(notificationTemplate),
};

/** A valid notification: the Turku riverside festival with two stewards and a bar area. */
export const exampleData: FormData = {
  ...exampleParties,
  ...exampleEvent,
  eventType: 'concert',
  eventDescription: 'Kaksipäiväinen ulkoilmakonsertti, jossa esiintyy kuusi kotimaista yhtyettä. Alueella ruokamyyntiä ja anniskelualue.',
  venueKind: 'outdoors',
  expectedAttendees: 3500,
  maxSimultaneousAttendees: 2000,
  ticketed: true,
  orderGuards: [
    { guardName: 'Mikko Laine', guardRole: 'head', guardCardNumber: 'JV-123456', guardCardValidUntil: '2028-03-31' },
    { guardName: 'Aino Heikkinen', guardRole: 'steward', guardCardNumber: 'JV-654321', guardCardValidUntil: '2027-12-31' },
  ],
  usesSecurityCompany: true,
  securityCompanyName: 'Turun Turvapalvelu Oy',
  securityCompanyBusinessId: '2345678-0',
  firstAidArrangements: 'Ensiapupiste lavan vieressä, kaksi EA2-koulutettua päivystäjää koko tapahtuman ajan.',
  affectsTraffic: true,
  trafficArrangements: 'Vartiovuorenkatu suljetaan moottoriajoneuvoilta pe klo 15 – la klo 24. Opasteet ja kaksi liikenteenohjaajaa.',
  alcoholServed: true,
  alcoholDetails: {
    licenceHolder: 'Ravintola Jokiranta Oy',
    servingArea: 'Aidattu anniskelualue puiston itäreunassa, sisäänkäynnillä järjestyksenvalvoja.',
  },
  pyrotechnics: false,
  temporaryStructures: 'Esiintymislava 12 × 8 m, kaksi myyntitelttaa, aitaus koko alueen ympäri.',
  siteMap: ['b7f3c2a1-5d4e-4f60-9a1b-2c3d4e5f6a70'],
};
