/**
 * Application for an exemption from the treatment requirements for domestic waste water outside
 * sewer networks, under the Ympäristönsuojelulaki 527/2014 (whose exemption rule has its own section
 * since the 2017 amendment) and Valtioneuvoston asetus 157/2017. The municipal environmental
 * protection authority may grant it for at most five years at a time on the grounds the law names.
 * Follows the municipalities' form "Hakemus jätevesien käsittelyvaatimuksista poikkeamiseksi".
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { applicationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';
import { applicantSection, exampleApplicantAndProperty, propertySection } from './property-parties';

const P = 'ww';

export const service: ServiceDefinition = {
  id: 'wastewater-exemption',
  kind: 'application',
  authorityKind: 'municipality',
  topics: ['environment'],
  name: t(
    'Poikkeaminen jätevesien käsittelyvaatimuksista',
    'Undantag från kraven på behandling av avloppsvatten',
    'Exemption from waste water treatment requirements',
  ),
  description: t(
    'Kunnan ympäristönsuojeluviranomainen voi hakemuksesta myöntää kiinteistön haltijalle enintään viideksi vuodeksi kerrallaan luvan poiketa talousjätevesien käsittelyvaatimuksista, jos vaatimusten noudattaminen olisi kohtuutonta jäteveden vähäisen määrän tai laadun taikka haltijan iän, sairauden, työttömyyden tai muun sosiaalisen syyn vuoksi (ympäristönsuojelulaki 527/2014; valtioneuvoston asetus 157/2017). Lomake noudattaa kuntien lomaketta "Hakemus jätevesien käsittelyvaatimuksista poikkeamiseksi".',
    'Kommunens miljöskyddsmyndighet kan på ansökan ge fastighetsinnehavaren tillstånd att för högst fem år i sänder avvika från kraven på behandling av hushållsavloppsvatten, om det vore oskäligt att följa kraven med hänsyn till den ringa mängden eller kvaliteten på avloppsvattnet eller innehavarens ålder, sjukdom, arbetslöshet eller annat socialt skäl (miljöskyddslagen 527/2014; statsrådets förordning 157/2017). Blanketten följer kommunernas blankett "Ansökan om undantag från kraven på behandling av avloppsvatten".',
    'The municipal environmental protection authority may, on application, let the holder of a property depart from the treatment requirements for domestic waste water for at most five years at a time, if meeting them would be unreasonable given the small amount or quality of the waste water, or the holder’s age, illness, unemployment or other social reason (Environmental Protection Act 527/2014; Government Decree 157/2017). This form follows the municipalities’ form "Application for exemption from waste water treatment requirements".',
  ),
  form: {
    pages: [
      {
        id: `${P}-page-parties`,
        title: t('Hakija ja kiinteistö', 'Sökande och fastighet', 'Applicant and property'),
        elements: [
          {
            id: `${P}-timing`,
            kind: 'info',
            key: 'timingInfo',
            label: t('Milloin hakea', 'När ska man ansöka', 'When to apply'),
            text: t(
              'Hae poikkeamista hyvissä ajoin ennen kuin jätevesijärjestelmä on kunnostettava, vähintään kaksi kuukautta ennen määräaikaa. Poikkeaminen myönnetään enintään viideksi vuodeksi kerrallaan ja siitä peritään kunnan taksan mukainen maksu.',
              'Ansök om undantag i god tid innan avloppssystemet ska åtgärdas, minst två månader före tidsfristen. Undantag beviljas för högst fem år i sänder och en avgift tas ut enligt kommunens taxa.',
              'Apply well before the waste water system must be renovated, at least two months before the deadline. An exemption is granted for at most five years at a time, and the municipality charges a fee under its tariff.',
            ),
          },
          applicantSection(P),
          propertySection(P),
          {
            id: `${P}-near-water`,
            kind: 'yesNo',
            key: 'nearWaterOrGroundwater',
            required: true,
            label: t(
              'Sijaitseeko kiinteistö pohjavesialueella tai alle 100 metrin päässä vesistöstä tai merestä?',
              'Ligger fastigheten på ett grundvattenområde eller närmare än 100 meter från ett vattendrag eller havet?',
              'Is the property in a groundwater area or less than 100 metres from a lake, river or the sea?',
            ),
          },
        ],
      },
      {
        id: `${P}-page-system`,
        title: t('Kiinteistön jätevedet', 'Fastighetens avloppsvatten', 'Waste water on the property'),
        elements: [
          {
            id: `${P}-use`,
            kind: 'choice',
            key: 'propertyUse',
            display: 'radio',
            required: true,
            label: t('Kiinteistön käyttö', 'Fastighetens användning', 'Use of the property'),
            options: [
              { value: 'permanent', label: t('vakituinen asunto', 'permanent bostad', 'permanent home') },
              { value: 'holiday', label: t('vapaa-ajan asunto', 'fritidsbostad', 'holiday home') },
            ],
          },
          {
            id: `${P}-residents`,
            kind: 'number',
            key: 'residents',
            required: true,
            integer: true,
            min: 0,
            max: 50,
            label: t('Asukkaiden määrä', 'Antal invånare', 'Number of residents'),
          },
          {
            id: `${P}-days-used`,
            kind: 'number',
            key: 'daysUsedPerYear',
            required: true,
            integer: true,
            min: 1,
            max: 366,
            label: t('Käyttöpäiviä vuodessa', 'Användningsdagar per år', 'Days in use per year'),
            condition: { field: 'propertyUse', op: 'equals', value: 'holiday' },
          },
          {
            id: `${P}-water-supply`,
            kind: 'choice',
            key: 'waterSupply',
            display: 'radio',
            required: true,
            label: t('Talousvesi', 'Hushållsvatten', 'Water supply'),
            options: [
              { value: 'mains', label: t('vesijohto (vesihuoltolaitos)', 'vattenledning (vattentjänstverk)', 'mains (water utility)') },
              { value: 'ownWell', label: t('oma kaivo', 'egen brunn', 'own well') },
              { value: 'carried', label: t('kannettu vesi', 'buret vatten', 'carried water') },
            ],
          },
          {
            id: `${P}-toilet`,
            kind: 'choice',
            key: 'toiletType',
            display: 'radio',
            required: true,
            label: t('WC', 'WC', 'Toilet'),
            options: [
              { value: 'waterToilet', label: t('vesikäymälä', 'vattentoalett', 'water toilet') },
              { value: 'dryToilet', label: t('kuivakäymälä', 'torrtoalett', 'dry toilet') },
            ],
          },
          {
            id: `${P}-appliances`,
            kind: 'multiChoice',
            key: 'waterAppliances',
            label: t('Vettä käyttävät laitteet', 'Apparater som använder vatten', 'Appliances using water'),
            options: [
              { value: 'shower', label: t('suihku', 'dusch', 'shower') },
              { value: 'washingMachine', label: t('pyykinpesukone', 'tvättmaskin', 'washing machine') },
              { value: 'dishwasher', label: t('astianpesukone', 'diskmaskin', 'dishwasher') },
              { value: 'sauna', label: t('sauna', 'bastu', 'sauna') },
            ],
          },
          {
            id: `${P}-current-system`,
            kind: 'textarea',
            key: 'currentSystem',
            required: true,
            maxLength: 3000,
            label: t(
              'Nykyinen jätevesijärjestelmä',
              'Nuvarande avloppssystem',
              'Current waste water system',
            ),
            help: t(
              'Esimerkiksi saostuskaivojen määrä ja koko, imeytyskenttä tai purkupaikka, rakennusvuosi ja kunto.',
              'Till exempel antal och storlek på slambrunnar, infiltrationsbädd eller utsläppsplats, byggnadsår och skick.',
              'For example the number and size of septic tanks, the soakaway or discharge point, year built and condition.',
            ),
          },
        ],
      },
      {
        id: `${P}-page-grounds`,
        title: t('Perusteet ja liitteet', 'Grunder och bilagor', 'Grounds and attachments'),
        elements: [
          {
            id: `${P}-grounds`,
            kind: 'multiChoice',
            key: 'grounds',
            required: true,
            minItems: 1,
            label: t('Poikkeamisen perusteet', 'Grunder för undantaget', 'Grounds for the exemption'),
            options: [
              { value: 'smallAmount', label: t('jäteveden vähäinen määrä tai laatu', 'avloppsvattnets ringa mängd eller kvalitet', 'small amount or quality of waste water') },
              { value: 'age', label: t('ikä', 'ålder', 'age') },
              { value: 'illness', label: t('sairaus', 'sjukdom', 'illness') },
              { value: 'unemployment', label: t('työttömyys', 'arbetslöshet', 'unemployment') },
              { value: 'otherSocial', label: t('muu sosiaalinen syy', 'annat socialt skäl', 'other social reason') },
              { value: 'sewerComing', label: t('kiinteistö liitetään lähivuosina viemäriverkostoon', 'fastigheten ansluts till avloppsnätet inom de närmaste åren', 'the property will soon be connected to a sewer') },
            ],
          },
          {
            id: `${P}-justification`,
            kind: 'textarea',
            key: 'justification',
            required: true,
            maxLength: 4000,
            label: t('Perustelut', 'Motivering', 'Justification'),
            help: t(
              'Kerro, miksi vaatimusten noudattaminen olisi kohtuutonta. Terveydentilaa koskevia asiakirjoja ei tarvitse liittää, ellei viranomainen niitä erikseen pyydä.',
              'Berätta varför det vore oskäligt att följa kraven. Handlingar om hälsotillstånd behöver inte bifogas om myndigheten inte särskilt begär dem.',
              'Explain why meeting the requirements would be unreasonable. Health documents need not be attached unless the authority asks for them.',
            ),
          },
          {
            id: `${P}-period`,
            kind: 'dateRange',
            key: 'requestedPeriod',
            required: true,
            label: t('Haettu poikkeamisaika', 'Tid för vilken undantag söks', 'Period of exemption applied for'),
            help: t('Enintään viisi vuotta.', 'Högst fem år.', 'At most five years.'),
          },
          {
            id: `${P}-system-report`,
            kind: 'attachment',
            key: 'systemReport',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t('Selvitys kiinteistön jätevesijärjestelmästä', 'Utredning om fastighetens avloppssystem', 'Report on the property’s waste water system'),
            help: t(
              'Ympäristönsuojelulain mukainen selvitys jätevesijärjestelmästä ja sen käyttö- ja huolto-ohje, jos ne on laadittu. PDF, JPEG tai PNG.',
              'Utredningen om avloppssystemet enligt miljöskyddslagen och dess drift- och underhållsanvisning, om sådana gjorts. PDF, JPEG eller PNG.',
              'The report on the system under the Environmental Protection Act and its operating and maintenance instructions, if made. PDF, JPEG or PNG.',
            ),
          },
          {
            id: `${P}-site-plan`,
            kind: 'attachment',
            key: 'sitePlan',
            required: true,
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 3,
            maxSizeMb: 10,
            label: t(
              'Asemapiirros, johon on merkitty rakennukset, jätevesijärjestelmä, kaivot ja vesistöt',
              'Situationsplan med byggnader, avloppssystem, brunnar och vattendrag',
              'Site plan showing the buildings, waste water system, wells and waters',
            ),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(applicationTemplate),
};

/** A valid application: a retired owner living alone in Porvoo, with a dry toilet and own well. */
export const exampleData: FormData = {
  ...exampleApplicantAndProperty,
  nearWaterOrGroundwater: true,
  propertyUse: 'permanent',
  residents: 1,
  waterSupply: 'ownWell',
  toiletType: 'dryToilet',
  waterAppliances: ['sauna'],
  currentSystem: 'Kaksi betonista saostuskaivoa (2 × 1 m³, 1978), purku ojaan noin 150 m ennen jokea. Kaivot tyhjennetään kerran vuodessa.',
  grounds: ['smallAmount', 'age'],
  justification: 'Asun kiinteistöllä yksin, olen 81-vuotias eläkeläinen. Käytössä kuivakäymälä ja kannettu vesi saunassa, joten jätevettä syntyy hyvin vähän.',
  requestedPeriod: { start: '2027-01-01', end: '2031-12-31' },
  systemReport: ['b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9cadb4'],
  sitePlan: ['c9d0e1f2-a3b4-4c5d-8e6f-7a8b9cadbec5'],
};
