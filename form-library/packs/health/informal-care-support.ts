/**
 * Application for support for informal care (omaishoidon tuki) to the wellbeing services county,
 * Laki omaishoidon tuesta 937/2005. The county assesses the need on a home visit, makes a care
 * agreement with the carer and pays a taxable care fee, which is why this form, like the counties'
 * own "Omaishoidon tuen hakemus", asks for both persons' identity codes.
 */
import type { FormData, ServiceDefinition } from '../../format/types';
import { applicationTemplate } from '../../../workflows/templates';
import { DOCUMENTS_AND_IMAGES } from '../attachment-types';
import { t } from '../localized';

const P = 'care';

const IDENTITY_CODE_HELP = t(
  'Henkilötunnus tarvitaan omaishoitosopimukseen ja hoitopalkkion maksamiseen.',
  'Personbeteckningen behövs för avtalet om närståendevård och för utbetalningen av vårdarvodet.',
  'The identity code is needed for the care agreement and for paying the care fee.',
);

export const service: ServiceDefinition = {
  id: 'informal-care-support',
  kind: 'application',
  authorityKind: 'wellbeing',
  topics: ['health'],
  name: t('Omaishoidon tuen hakemus', 'Ansökan om stöd för närståendevård', 'Application for informal care support'),
  description: t(
    'Omaishoidon tuella tarkoitetaan hoidettavalle annettavia palveluja sekä omaishoitajalle annettavaa hoitopalkkiota, vapaata ja omaishoitoa tukevia palveluja (laki omaishoidon tuesta 937/2005). Tukea haetaan hoidettavan asuinpaikan hyvinvointialueelta. Lomake noudattaa hyvinvointialueiden lomaketta "Omaishoidon tuen hakemus". Hyvinvointialue arvioi hoidon tarpeen kotikäynnillä ja tekee päätöksen.',
    'Stöd för närståendevård avser tjänster till vårdtagaren samt vårdarvode, ledighet och stödtjänster till närståendevårdaren (lagen om stöd för närståendevård 937/2005). Stödet söks hos välfärdsområdet där vårdtagaren bor. Blanketten följer välfärdsområdenas blankett "Ansökan om stöd för närståendevård". Välfärdsområdet bedömer vårdbehovet vid ett hembesök och fattar beslut.',
    'Informal care support means services for the person cared for and a care fee, days off and support services for the carer (Act on Support for Informal Care 937/2005). It is applied for from the wellbeing services county where the person cared for lives. This form follows the counties’ form "Application for informal care support". The county assesses the need for care on a home visit and decides.',
  ),
  form: {
    pages: [
      {
        id: `${P}-page-cared`,
        title: t('Hoidettava', 'Vårdtagare', 'Person cared for'),
        elements: [
          {
            id: `${P}-timing`,
            kind: 'info',
            key: 'timingInfo',
            label: t('Hae ajoissa', 'Ansök i tid', 'Apply in time'),
            text: t(
              'Hae tukea heti, kun hoito on alkanut tai alkamassa. Hyvinvointialue ottaa sinuun yhteyttä kotikäynnin sopimiseksi, yleensä kahden viikon kuluessa.',
              'Ansök om stöd genast när vården har börjat eller ska börja. Välfärdsområdet kontaktar dig för att avtala om ett hembesök, vanligen inom två veckor.',
              'Apply as soon as the care has begun or is about to begin. The county will contact you to arrange a home visit, usually within two weeks.',
            ),
          },
          {
            id: `${P}-cared-person`,
            kind: 'section',
            key: 'caredPerson',
            label: t('Hoidettavan tiedot', 'Vårdtagarens uppgifter', 'Details of the person cared for'),
            elements: [
              { id: `${P}-cared-name`, kind: 'text', key: 'caredName', required: true, maxLength: 120, label: t('Nimi', 'Namn', 'Name') },
              {
                id: `${P}-cared-id`,
                kind: 'personalId',
                key: 'caredPersonalId',
                required: true,
                label: t('Henkilötunnus', 'Personbeteckning', 'Personal identity code'),
                help: IDENTITY_CODE_HELP,
              },
              { id: `${P}-cared-address`, kind: 'address', key: 'caredAddress', required: true, label: t('Osoite', 'Adress', 'Address') },
              { id: `${P}-cared-municipality`, kind: 'municipality', key: 'caredMunicipality', required: true, label: t('Kotikunta', 'Hemkommun', 'Municipality of residence') },
              { id: `${P}-cared-phone`, kind: 'phone', key: 'caredPhone', label: t('Puhelinnumero', 'Telefonnummer', 'Phone number') },
              {
                id: `${P}-cared-guardian`,
                kind: 'yesNo',
                key: 'hasGuardian',
                required: true,
                label: t('Onko hoidettavalla edunvalvoja?', 'Har vårdtagaren en intressebevakare?', 'Does the person cared for have a guardian?'),
              },
              {
                id: `${P}-guardian-name`,
                kind: 'text',
                key: 'guardianName',
                required: true,
                maxLength: 120,
                label: t('Edunvalvojan nimi ja yhteystiedot', 'Intressebevakarens namn och kontaktuppgifter', 'Guardian’s name and contact details'),
                condition: { field: 'hasGuardian', op: 'equals', value: true },
              },
            ],
          },
        ],
      },
      {
        id: `${P}-page-carer`,
        title: t('Omaishoitaja', 'Närståendevårdare', 'Carer'),
        elements: [
          {
            id: `${P}-carer`,
            kind: 'section',
            key: 'carer',
            label: t('Omaishoitajan tiedot', 'Närståendevårdarens uppgifter', 'Details of the carer'),
            elements: [
              { id: `${P}-carer-name`, kind: 'text', key: 'carerName', required: true, maxLength: 120, label: t('Nimi', 'Namn', 'Name') },
              {
                id: `${P}-carer-id`,
                kind: 'personalId',
                key: 'carerPersonalId',
                required: true,
                label: t('Henkilötunnus', 'Personbeteckning', 'Personal identity code'),
                help: IDENTITY_CODE_HELP,
              },
              {
                id: `${P}-carer-same-address`,
                kind: 'yesNo',
                key: 'livesWithCaredPerson',
                required: true,
                label: t('Asuuko hoitaja samassa taloudessa hoidettavan kanssa?', 'Bor vårdaren i samma hushåll som vårdtagaren?', 'Does the carer live with the person cared for?'),
              },
              {
                id: `${P}-carer-address`,
                kind: 'address',
                key: 'carerAddress',
                required: true,
                label: t('Hoitajan osoite', 'Vårdarens adress', 'Carer’s address'),
                condition: { field: 'livesWithCaredPerson', op: 'equals', value: false },
              },
              { id: `${P}-carer-phone`, kind: 'phone', key: 'carerPhone', required: true, label: t('Puhelinnumero', 'Telefonnummer', 'Phone number') },
              { id: `${P}-carer-email`, kind: 'email', key: 'carerEmail', label: t('Sähköposti', 'E-post', 'Email') },
              {
                id: `${P}-carer-relation`,
                kind: 'choice',
                key: 'relationship',
                display: 'select',
                required: true,
                label: t('Suhde hoidettavaan', 'Förhållande till vårdtagaren', 'Relation to the person cared for'),
                options: [
                  { value: 'spouse', label: t('puoliso', 'make eller maka', 'spouse or partner') },
                  { value: 'parent', label: t('vanhempi', 'förälder', 'parent') },
                  { value: 'child', label: t('lapsi', 'barn', 'child') },
                  { value: 'otherRelative', label: t('muu omainen', 'annan anhörig', 'other relative') },
                  { value: 'closePerson', label: t('muu läheinen', 'annan närstående', 'other close person') },
                ],
              },
              {
                id: `${P}-carer-work`,
                kind: 'choice',
                key: 'carerOccupation',
                display: 'select',
                required: true,
                label: t('Hoitajan pääasiallinen toiminta', 'Vårdarens huvudsakliga sysselsättning', 'Carer’s main occupation'),
                options: [
                  { value: 'employed', label: t('työssä', 'i arbete', 'employed') },
                  { value: 'retired', label: t('eläkkeellä', 'pensionär', 'retired') },
                  { value: 'unemployed', label: t('työtön', 'arbetslös', 'unemployed') },
                  { value: 'student', label: t('opiskelija', 'studerande', 'student') },
                  { value: 'other', label: t('muu', 'annat', 'other') },
                ],
              },
            ],
          },
        ],
      },
      {
        id: `${P}-page-need`,
        title: t('Hoidon tarve', 'Vårdbehov', 'Need for care'),
        elements: [
          {
            id: `${P}-reason`,
            kind: 'textarea',
            key: 'careReason',
            required: true,
            maxLength: 3000,
            label: t('Sairaudet tai vammat, joiden vuoksi hoitoa tarvitaan', 'Sjukdomar eller skador som gör att vård behövs', 'Illnesses or disabilities that make care necessary'),
          },
          {
            id: `${P}-daily-help`,
            kind: 'multiChoice',
            key: 'dailyHelp',
            required: true,
            minItems: 1,
            label: t('Missä hoidettava tarvitsee apua?', 'Med vad behöver vårdtagaren hjälp?', 'What does the person need help with?'),
            options: [
              { value: 'washing', label: t('peseytyminen', 'tvätt', 'washing') },
              { value: 'dressing', label: t('pukeutuminen', 'påklädning', 'dressing') },
              { value: 'eating', label: t('syöminen', 'måltider', 'eating') },
              { value: 'toilet', label: t('WC-käynnit', 'toalettbesök', 'using the toilet') },
              { value: 'moving', label: t('liikkuminen', 'förflyttning', 'moving about') },
              { value: 'medication', label: t('lääkehoito', 'medicinering', 'medication') },
              { value: 'supervision', label: t('jatkuva valvonta', 'ständig tillsyn', 'constant supervision') },
              { value: 'errands', label: t('asiointi ja kodinhoito', 'ärenden och hemskötsel', 'errands and housework') },
            ],
          },
          {
            id: `${P}-hours`,
            kind: 'number',
            key: 'careHoursPerDay',
            required: true,
            min: 0,
            max: 24,
            label: t('Hoitoon kuluva aika keskimäärin (tuntia vuorokaudessa)', 'Tid som går åt till vården i genomsnitt (timmar per dygn)', 'Average time spent on care (hours a day)'),
          },
          {
            id: `${P}-night`,
            kind: 'yesNo',
            key: 'nightCare',
            required: true,
            label: t('Tarvitaanko hoitoa myös öisin?', 'Behövs vård även nattetid?', 'Is care needed at night as well?'),
          },
          {
            id: `${P}-night-details`,
            kind: 'textarea',
            key: 'nightCareDetails',
            required: true,
            maxLength: 1000,
            label: t('Kuinka usein ja millaista apua öisin?', 'Hur ofta och vilken hjälp nattetid?', 'How often and what help at night?'),
            condition: { field: 'nightCare', op: 'equals', value: true },
          },
          {
            id: `${P}-care-start`,
            kind: 'date',
            key: 'careStartDate',
            required: true,
            label: t('Milloin omaishoito alkoi tai alkaa?', 'När började eller börjar närståendevården?', 'When did or will the care begin?'),
          },
          {
            id: `${P}-services`,
            kind: 'multiChoice',
            key: 'currentServices',
            label: t('Hoidettavan nykyiset palvelut', 'Vårdtagarens nuvarande tjänster', 'Services the person already receives'),
            options: [
              { value: 'homeCare', label: t('kotihoito', 'hemvård', 'home care') },
              { value: 'dayActivities', label: t('päivätoiminta', 'dagverksamhet', 'day activities') },
              { value: 'shortTermCare', label: t('lyhytaikainen hoito', 'korttidsvård', 'short-term care') },
              { value: 'meals', label: t('ateriapalvelu', 'måltidsservice', 'meal service') },
              { value: 'transport', label: t('kuljetuspalvelu', 'färdtjänst', 'transport service') },
            ],
          },
          {
            id: `${P}-medical`,
            kind: 'attachment',
            key: 'medicalStatement',
            accept: DOCUMENTS_AND_IMAGES,
            maxFiles: 5,
            maxSizeMb: 10,
            label: t('Lääkärinlausunto tai muu selvitys hoidon tarpeesta', 'Läkarutlåtande eller annan utredning om vårdbehovet', 'Medical statement or other report on the need for care'),
            help: t(
              'Ei pakollinen, jos tiedot löytyvät hyvinvointialueen potilastiedoista. PDF, JPEG tai PNG.',
              'Inte obligatoriskt om uppgifterna finns i välfärdsområdets patientuppgifter. PDF, JPEG eller PNG.',
              'Not needed if the county’s patient records already hold the information. PDF, JPEG or PNG.',
            ),
          },
          {
            id: `${P}-consent`,
            kind: 'yesNo',
            key: 'caredPersonConsents',
            required: true,
            label: t(
              'Hoidettava tai hänen edunvalvojansa on tietoinen hakemuksesta ja suostuu siihen',
              'Vårdtagaren eller hens intressebevakare känner till ansökan och samtycker till den',
              'The person cared for or their guardian knows of and agrees to this application',
            ),
          },
        ],
      },
    ],
  },
  workflow: structuredClone(applicationTemplate),
};

/** A valid application: a wife caring for her husband in Helsinki (identity codes from the 900-series kept for tests). */
export const exampleData: FormData = {
  caredPerson: {
    caredName: 'Pentti Mäkinen',
    caredPersonalId: '120345-923J',
    caredAddress: { street: 'Mäkelänkatu 56 A 12', postalCode: '00510', postOffice: 'Helsinki' },
    caredMunicipality: '091',
    hasGuardian: false,
  },
  carer: {
    carerName: 'Marjatta Mäkinen',
    carerPersonalId: '250748-9283',
    livesWithCaredPerson: true,
    carerPhone: '+358 50 444 2211',
    carerEmail: 'marjatta.makinen@example.fi',
    relationship: 'spouse',
    carerOccupation: 'retired',
  },
  careReason: 'Alzheimerin tauti (diagnosoitu 2024), liikkuminen rollaattorin kanssa, kaatumisriski.',
  dailyHelp: ['washing', 'dressing', 'medication', 'supervision', 'errands'],
  careHoursPerDay: 8,
  nightCare: true,
  nightCareDetails: 'Herää 2–3 kertaa yössä ja tarvitsee ohjausta WC-käynneillä.',
  careStartDate: '2026-09-01',
  currentServices: ['homeCare'],
  caredPersonConsents: true,
};
