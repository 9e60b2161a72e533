/** Field error messages of a submission, in the customer's language. */
import type { Lang } from '../format/types';
import { fillPlaceholders } from '../text/fill-placeholders';

export type MessageId =
  | 'required'
  | 'unknownField'
  | 'notObject'
  | 'notList'
  | 'notText'
  | 'notNumber'
  | 'notInteger'
  | 'notYesNo'
  | 'format.fi-business-id'
  | 'format.fi-personal-id'
  | 'format.fi-postal-code'
  | 'format.fi-phone'
  | 'format.fi-municipality'
  | 'format.email'
  | 'format.date'
  | 'format.fi-time'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'dateMin'
  | 'dateMax'
  | 'minChoices'
  | 'maxChoices'
  | 'minItems'
  | 'maxItems'
  | 'maxFiles'
  | 'pattern'
  | 'enum'
  | 'duplicate'
  | 'dateRangeOrder'
  | 'invalid';

const MESSAGES: Record<MessageId, Record<Lang, string>> = {
  required: { fi: 'Tämä tieto on pakollinen.', sv: 'Denna uppgift är obligatorisk.', en: 'This field is required.' },
  unknownField: { fi: 'Lomakkeella ei ole tätä kenttää.', sv: 'Blanketten har inte detta fält.', en: 'The form has no such field.' },
  notObject: { fi: 'Tiedot ovat väärässä muodossa.', sv: 'Uppgifterna har fel form.', en: 'The answer has the wrong shape.' },
  notList: { fi: 'Tiedot ovat väärässä muodossa.', sv: 'Uppgifterna har fel form.', en: 'The answer has the wrong shape.' },
  notText: { fi: 'Anna vastaus tekstinä.', sv: 'Ange svaret som text.', en: 'Give the answer as text.' },
  notNumber: { fi: 'Anna luku.', sv: 'Ange ett tal.', en: 'Enter a number.' },
  notInteger: { fi: 'Anna kokonaisluku.', sv: 'Ange ett heltal.', en: 'Enter a whole number.' },
  notYesNo: { fi: 'Valitse kyllä tai ei.', sv: 'Välj ja eller nej.', en: 'Choose yes or no.' },
  'format.fi-business-id': {
    fi: 'Tarkista Y-tunnus. Se on muotoa 1234567-8, ja viimeinen numero on tarkiste.',
    sv: 'Kontrollera FO-numret. Det har formen 1234567-8 och den sista siffran är en kontrollsiffra.',
    en: 'Check the business ID. It looks like 1234567-8, and the last digit is a check digit.',
  },
  'format.fi-personal-id': {
    fi: 'Tarkista henkilötunnus, esimerkiksi 131052-308T.',
    sv: 'Kontrollera personbeteckningen, till exempel 131052-308T.',
    en: 'Check the personal identity code, for example 131052-308T.',
  },
  'format.fi-postal-code': {
    fi: 'Anna postinumero viidellä numerolla, esimerkiksi 00100.',
    sv: 'Ange postnumret med fem siffror, till exempel 00100.',
    en: 'Enter the postal code as five digits, for example 00100.',
  },
  'format.fi-phone': {
    fi: 'Tarkista puhelinnumero, esimerkiksi 040 123 4567 tai +358 40 123 4567.',
    sv: 'Kontrollera telefonnumret, till exempel 040 123 4567 eller +358 40 123 4567.',
    en: 'Check the phone number, for example 040 123 4567 or +358 40 123 4567.',
  },
  'format.fi-municipality': { fi: 'Valitse kunta luettelosta.', sv: 'Välj en kommun i listan.', en: 'Choose a municipality from the list.' },
  'format.email': {
    fi: 'Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
    sv: 'Kontrollera e-postadressen, till exempel namn@exempel.fi.',
    en: 'Check the email address, for example name@example.fi.',
  },
  'format.date': { fi: 'Anna päivämäärä muodossa VVVV-KK-PP.', sv: 'Ange datumet i formen ÅÅÅÅ-MM-DD.', en: 'Enter the date as YYYY-MM-DD.' },
  'format.fi-time': { fi: 'Anna kellonaika muodossa TT:MM, esimerkiksi 23:00.', sv: 'Ange klockslaget i formen TT:MM, till exempel 23:00.', en: 'Enter the time as HH:MM, for example 23:00.' },
  minLength: { fi: 'Kirjoita vähintään {limit} merkkiä.', sv: 'Skriv minst {limit} tecken.', en: 'Write at least {limit} characters.' },
  maxLength: { fi: 'Kirjoita enintään {limit} merkkiä.', sv: 'Skriv högst {limit} tecken.', en: 'Write at most {limit} characters.' },
  minimum: { fi: 'Anna vähintään {limit}.', sv: 'Ange minst {limit}.', en: 'Enter at least {limit}.' },
  maximum: { fi: 'Anna enintään {limit}.', sv: 'Ange högst {limit}.', en: 'Enter at most {limit}.' },
  dateMin: { fi: 'Päivämäärä ei voi olla ennen {limit}.', sv: 'Datumet kan inte vara före {limit}.', en: 'The date cannot be before {limit}.' },
  dateMax: { fi: 'Päivämäärä ei voi olla {limit} jälkeen.', sv: 'Datumet kan inte vara efter {limit}.', en: 'The date cannot be after {limit}.' },
  minChoices: { fi: 'Valitse vähintään {limit}.', sv: 'Välj minst {limit}.', en: 'Choose at least {limit}.' },
  maxChoices: { fi: 'Valitse enintään {limit}.', sv: 'Välj högst {limit}.', en: 'Choose at most {limit}.' },
  minItems: { fi: 'Lisää vähintään {limit}.', sv: 'Lägg till minst {limit}.', en: 'Add at least {limit}.' },
  maxItems: { fi: 'Voit lisätä enintään {limit}.', sv: 'Du kan lägga till högst {limit}.', en: 'You can add at most {limit}.' },
  maxFiles: { fi: 'Liitä enintään {limit} tiedostoa.', sv: 'Bifoga högst {limit} filer.', en: 'Attach at most {limit} files.' },
  pattern: { fi: 'Tarkista vastauksen muoto.', sv: 'Kontrollera svarets form.', en: 'Check the format of the answer.' },
  enum: { fi: 'Valitse jokin annetuista vaihtoehdoista.', sv: 'Välj ett av de givna alternativen.', en: 'Choose one of the given options.' },
  duplicate: { fi: 'Sama vastaus on annettu kahdesti.', sv: 'Samma svar har getts två gånger.', en: 'The same answer is given twice.' },
  dateRangeOrder: {
    fi: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
    sv: 'Slutdatumet kan inte vara före startdatumet.',
    en: 'The end date cannot be before the start date.',
  },
  invalid: { fi: 'Tarkista vastaus.', sv: 'Kontrollera svaret.', en: 'Check the answer.' },
};

/** A date as people read it: 1.7.2026 in Finnish and Swedish, 1 July 2026 style left to ISO in English. */
export function formatDateFor(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || lang === 'en') return iso;
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

export function message(id: MessageId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(MESSAGES[id][lang], params);
}
