/**
 * Notification of temporary food sales or serving at an event to municipal food control, under the
 * Elintarvikelaki 297/2021 (a food business operator informs the food control of each municipality
 * where its mobile food premises operate, at least four working days before) and the Finnish Food
 * Authority's guide on mobile food premises. Follows the municipalities' form "Ilmoitus tilapäisestä
 * elintarvikkeiden myynnistä tai tarjoilusta": the seller, foods, cold chain, water and hand washing.
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { notificationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';

const P = 'food';

export const service: ServiceDefinition = {
  id: 'temporary-food-sales',
  kind: 'notification',
  authorityKind: 'municipality',
  topics: ['events', 'business'],
  name: t(
    'Ilmoitus tilapäisestä elintarvikkeiden myynnistä tapahtumassa',
    'Anmälan om tillfällig livsmedelsförsäljning vid ett evenemang',
    'Notification of temporary food sales at an event',
  ),
  description: t(
    'Elintarvikealan toimijan on tiedotettava tilapäisestä elintarvikkeiden myynnistä tai tarjoilusta sen kunnan elintarvikevalvontaan, jossa tapahtuma järjestetään, vähintään neljä arkipäivää ennen toiminnan alkamista (elintarvikelaki 297/2021; Ruokaviraston ohje liikkuvien elintarvikehuoneistojen toiminnasta). Lomake noudattaa kuntien lomaketta "Ilmoitus tilapäisestä elintarvikkeiden myynnistä". Yksityishenkilön vähäriskinen myynti ei vaadi ilmoitusta.',
    'En livsmedelsföretagare ska informera livsmedelstillsynen i den kommun där evenemanget ordnas om tillfällig försäljning eller servering av livsmedel minst fyra vardagar innan verksamheten inleds (livsmedelslagen 297/2021; Livsmedelsverkets anvisning om rörliga livsmedelslokaler). Blanketten följer kommunernas blankett "Anmälan om tillfällig försäljning av livsmedel". En privatpersons försäljning med liten risk kräver ingen anmälan.',
    'A food business operator must inform the food control of the municipality where the event is held about temporary food sales or serving at least four working days before it begins (Food Act 297/2021; Finnish Food Authority guide on mobile food premises). This form follows the municipalities’ form "Notification of temporary food sales". Low-risk sales by a private person need no notification.',
  ),
  form: {
    pages: [
      {
        id: `${P}-page-seller`,
        title: t('Myyjä', 'Säljare', 'Seller'),
        elements: [
          {
            id: `${P}-deadline`,
            kind: 'info',
            key: 'deadlineInfo',
            label: t('Määräaika', 'Tidsfrist', 'Deadline'),
            text: t(
              'Ilmoituksen on oltava elintarvikevalvonnassa vähintään neljä (4) arkipäivää ennen myynnin tai tarjoilun alkamista.',
              'Anmälan ska finnas hos livsmedelstillsynen minst fyra (4) vardagar innan försäljningen eller serveringen börjar.',
              'The notification must reach food control at least four (4) working days before the sales or serving begin.',
            ),
          },
          {
            id: `${P}-seller`,
            kind: 'section',
            key: 'seller',
            label: t('Elintarvikealan toimija', 'Livsmedelsföretagare', 'Food business operator'),
            elements: [
              {
                id: `${P}-seller-name`,
                kind: 'text',
                key: 'sellerName',
                required: true,
                maxLength: 200,
                label: t('Toimijan nimi', 'Företagarens namn', 'Name of the operator'),
              },
              {
                id: `${P}-seller-business-id`,
                kind: 'businessId',
                key: 'sellerBusinessId',
                required: true,
                label: t('Y-tunnus', 'FO-nummer', 'Business ID'),
                help: t('Muodossa 1234567-8.', 'I formen 1234567-8.', 'In the form 1234567-8.'),
              },
              {
                id: `${P}-seller-address`,
                kind: 'address',
                key: 'sellerAddress',
                required: true,
                label: t('Postiosoite', 'Postadress', 'Postal address'),
              },
              {
                id: `${P}-seller-contact`,
                kind: 'text',
                key: 'sellerContactName',
                required: true,
                maxLength: 120,
                label: t('Yhteyshenkilö', 'Kontaktperson', 'Contact person'),
              },
              {
                id: `${P}-seller-phone`,
                kind: 'phone',
                key: 'sellerPhone',
                required: true,
                label: t('Puhelinnumero myynnin aikana', 'Telefonnummer under försäljningen', 'Phone number during sales'),
              },
              {
                id: `${P}-seller-email`,
                kind: 'email',
                key: 'sellerEmail',
                required: true,
                label: t('Sähköposti', 'E-post', 'Email'),
              },
            ],
          },
          {
            id: `${P}-registered`,
            kind: 'yesNo',
            key: 'premisesRegistered',
            required: true,
            label: t(
              'Onko myyntipiste (esimerkiksi myyntiauto, koju tai teltta) ilmoitettu elintarvikehuoneistona jonkin kunnan valvontaan?',
              'Har försäljningsstället (till exempel försäljningsbil, kiosk eller tält) anmälts som livsmedelslokal till någon kommuns tillsyn?',
              'Has the sales point (for example a food truck, stall or tent) been registered as food premises with some municipality?',
            ),
          },
          {
            id: `${P}-registered-municipality`,
            kind: 'municipality',
            key: 'registeringMunicipality',
            required: true,
            label: t('Kunta, jossa ilmoitus on tehty', 'Kommun där anmälan gjorts', 'Municipality where it is registered'),
            condition: { field: 'premisesRegistered', op: 'equals', value: true },
          },
        ],
      },
      {
        id: `${P}-page-sales`,
        title: t('Myynti ja elintarvikkeet', 'Försäljning och livsmedel', 'Sales and foods'),
        elements: [
          {
            id: `${P}-event-name`,
            kind: 'text',
            key: 'eventName',
            required: true,
            maxLength: 200,
            label: t('Tapahtuma', 'Evenemang', 'Event'),
          },
          {
            id: `${P}-sales-place`,
            kind: 'address',
            key: 'salesAddress',
            required: true,
            label: t('Myyntipaikan osoite', 'Försäljningsplatsens adress', 'Address of the sales point'),
          },
          {
            id: `${P}-sales-municipality`,
            kind: 'municipality',
            key: 'salesMunicipality',
            required: true,
            label: t('Kunta', 'Kommun', 'Municipality'),
          },
          {
            id: `${P}-sales-dates`,
            kind: 'dateRange',
            key: 'salesDates',
            required: true,
            label: t('Myynnin alkamis- ja päättymispäivä', 'Försäljningens start- och slutdatum', 'First and last day of sales'),
          },
          {
            id: `${P}-sales-point`,
            kind: 'choice',
            key: 'salesPointType',
            display: 'radio',
            required: true,
            label: t('Myyntipiste', 'Försäljningsställe', 'Sales point'),
            options: [
              { value: 'foodTruck', label: t('myyntiauto tai -vaunu', 'försäljningsbil eller -vagn', 'food truck or trailer') },
              { value: 'stall', label: t('koju tai kioski', 'stånd eller kiosk', 'stall or kiosk') },
              { value: 'tent', label: t('teltta tai katos', 'tält eller tak', 'tent or canopy') },
              { value: 'indoors', label: t('sisätila', 'inomhuslokal', 'indoor space') },
            ],
          },
          {
            id: `${P}-foods`,
            kind: 'group',
            key: 'foods',
            required: true,
            minItems: 1,
            maxItems: 50,
            label: t('Myytävät tai tarjoiltavat elintarvikkeet', 'Livsmedel som säljs eller serveras', 'Foods sold or served'),
            itemLabel: t('Elintarvike', 'Livsmedel', 'Food'),
            elements: [
              {
                id: `${P}-food-name`,
                kind: 'text',
                key: 'foodName',
                required: true,
                maxLength: 200,
                label: t('Elintarvike', 'Livsmedel', 'Food'),
              },
              {
                id: `${P}-food-handling`,
                kind: 'choice',
                key: 'handling',
                display: 'select',
                required: true,
                label: t('Käsittely myyntipaikalla', 'Hantering på försäljningsplatsen', 'Handling at the sales point'),
                options: [
                  { value: 'packaged', label: t('valmiiksi pakattu', 'färdigförpackat', 'pre-packed') },
                  { value: 'unpackaged', label: t('pakkaamaton', 'oförpackat', 'unpacked') },
                  { value: 'prepared', label: t('valmistetaan tai kuumennetaan paikalla', 'tillreds eller värms på plats', 'prepared or heated on site') },
                ],
              },
              {
                id: `${P}-food-perishable`,
                kind: 'yesNo',
                key: 'perishable',
                required: true,
                label: t('Helposti pilaantuva?', 'Lättförskämt?', 'Perishable?'),
                help: t(
                  'Esimerkiksi liha, kala, maitotuotteet, täytekakut ja valmisruoat.',
                  'Till exempel kött, fisk, mjölkprodukter, tårtor och färdigmat.',
                  'For example meat, fish, dairy, cream cakes and ready meals.',
                ),
              },
              {
                id: `${P}-food-temperature`,
                kind: 'text',
                key: 'storageTemperature',
                required: true,
                maxLength: 100,
                label: t('Säilytyslämpötila', 'Förvaringstemperatur', 'Storage temperature'),
                help: t(
                  'Esimerkiksi "enintään +6 °C" tai "kuumana vähintään +60 °C".',
                  'Till exempel "högst +6 °C" eller "varmt minst +60 °C".',
                  'For example "at most +6 °C" or "hot, at least +60 °C".',
                ),
                condition: { field: 'perishable', op: 'equals', value: true },
              },
            ],
          },
        ],
      },
      {
        id: `${P}-page-hygiene`,
        title: t('Hygienia', 'Hygien', 'Hygiene'),
        elements: [
          {
            id: `${P}-cold-storage`,
            kind: 'textarea',
            key: 'temperatureControl',
            required: true,
            maxLength: 2000,
            label: t(
              'Kylmäsäilytys, kuumanapito ja lämpötilojen seuranta',
              'Kylförvaring, varmhållning och temperaturuppföljning',
              'Cold storage, hot holding and temperature checks',
            ),
          },
          {
            id: `${P}-water`,
            kind: 'choice',
            key: 'waterSupply',
            display: 'radio',
            required: true,
            label: t('Talousveden saanti', 'Tillgång till hushållsvatten', 'Drinking water supply'),
            options: [
              { value: 'mains', label: t('vesijohto myyntipaikalla', 'vattenledning på försäljningsplatsen', 'mains water at the sales point') },
              { value: 'containers', label: t('puhtaat vesisäiliöt', 'rena vattenbehållare', 'clean water containers') },
              { value: 'notNeeded', label: t('vettä ei tarvita (vain pakatut tuotteet)', 'vatten behövs inte (endast förpackade produkter)', 'no water needed (pre-packed products only)') },
            ],
          },
          {
            id: `${P}-hand-washing`,
            kind: 'yesNo',
            key: 'handWashingAvailable',
            required: true,
            label: t(
              'Onko myyntipisteessä käsienpesumahdollisuus (lämmin vesi, saippua, kertakäyttöpyyhkeet)?',
              'Finns det möjlighet att tvätta händerna vid försäljningsstället (varmt vatten, tvål, engångshanddukar)?',
              'Can hands be washed at the sales point (warm water, soap, disposable towels)?',
            ),
          },
          {
            id: `${P}-hand-washing-alt`,
            kind: 'textarea',
            key: 'handWashingAlternative',
            required: true,
            maxLength: 1000,
            label: t('Miten käsihygienia muuten hoidetaan?', 'Hur sköts handhygienen annars?', 'How is hand hygiene handled otherwise?'),
            condition: { field: 'handWashingAvailable', op: 'equals', value: false },
          },
          {
            id: `${P}-hygiene-passport`,
            kind: 'yesNo',
            key: 'hygienePassports',
            required: true,
            label: t(
              'Onko helposti pilaantuvia pakkaamattomia elintarvikkeita käsittelevillä hygieniaosaamistodistus?',
              'Har de som hanterar lättförskämda oförpackade livsmedel hygienpass?',
              'Do the staff handling perishable unpacked foods hold a hygiene passport?',
            ),
          },
          {
            id: `${P}-allergens`,
            kind: 'yesNo',
            key: 'allergenInfoAvailable',
            required: true,
            label: t(
              'Ovatko allergeeni- ja ainesosatiedot asiakkaiden saatavilla?',
              'Finns uppgifter om allergener och ingredienser tillgängliga för kunderna?',
              'Is allergen and ingredient information available to customers?',
            ),
          },
          {
            id: `${P}-waste`,
            kind: 'textarea',
            key: 'wasteAndWastewater',
            required: true,
            maxLength: 1000,
            label: t('Jätteiden ja jäteveden käsittely', 'Hantering av avfall och avloppsvatten', 'Waste and waste water'),
          },
          {
            id: `${P}-layout`,
            kind: 'attachment',
            key: 'salesPointLayout',
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Kuva tai piirros myyntipisteestä', 'Bild eller ritning av försäljningsstället', 'Photo or drawing of the sales point'),
            help: t('PDF, JPEG tai PNG.', 'PDF, JPEG eller PNG.', 'PDF, JPEG or PNG.'),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(notificationTemplate),
};

/** A valid notification: a Porvoo food truck selling salmon soup and doughnuts at the Turku festival. */
export const exampleData: FormData = {
  seller: {
    sellerName: 'Borgå Soppkök Ab',
    sellerBusinessId: '3310254-8',
    sellerAddress: { street: 'Mannerheiminkatu 20', postalCode: '06100', postOffice: 'Porvoo' },
    sellerContactName: 'Johanna Lindqvist',
    sellerPhone: '040 987 6543',
    sellerEmail: 'johanna@borgasoppkok.fi',
  },
  premisesRegistered: true,
  registeringMunicipality: '638',
  eventName: 'Jokirannan kesäsoitto',
  salesAddress: { street: 'Vartiovuorenkatu 2', postalCode: '20700', postOffice: 'Turku' },
  salesMunicipality: '853',
  salesDates: { start: '2027-06-11', end: '2027-06-12' },
  salesPointType: 'foodTruck',
  foods: [
    { foodName: 'Lohikeitto', handling: 'prepared', perishable: true, storageTemperature: 'kuumana vähintään +60 °C' },
    { foodName: 'Munkit', handling: 'unpackaged', perishable: false },
    { foodName: 'Pullotetut virvoitusjuomat', handling: 'packaged', perishable: false },
  ],
  temperatureControl: 'Keitto pidetään kuumana vesihauteessa, lämpötila mitataan ja kirjataan kahden tunnin välein. Raaka-aineet jääkaapissa +4 °C.',
  waterSupply: 'containers',
  handWashingAvailable: true,
  hygienePassports: true,
  allergenInfoAvailable: true,
  wasteAndWastewater: 'Jätteet lajitellaan tapahtuman jätepisteisiin; harmaa vesi kerätään säiliöön ja tyhjennetään tapahtuman jätevesipisteeseen.',
};
