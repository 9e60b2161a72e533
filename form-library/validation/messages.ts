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
  | 'businessId.form'
  | 'businessId.check'
  | 'personalId.form'
  | 'personalId.date'
  | 'personalId.future'
  | 'personalId.check'
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
  | 'tooDeep'
  | 'tooManyValues'
  | 'controlCharacter'
  | 'invalid'
  | 'contactNameRequired'
  | 'contactNameTooLong'
  | 'contactEmailInvalid';

const MESSAGES: Record<MessageId, Record<Lang, string>> = {
  required: { fi: 'Tämä tieto on pakollinen.', sv: 'Denna uppgift är obligatorisk.', en: 'This field is required.' },
  unknownField: { fi: 'Lomakkeella ei ole tätä kenttää.', sv: 'Blanketten har inte detta fält.', en: 'The form has no such field.' },
  notObject: { fi: 'Tiedot ovat väärässä muodossa.', sv: 'Uppgifterna har fel form.', en: 'The answer has the wrong shape.' },
  notList: { fi: 'Tiedot ovat väärässä muodossa.', sv: 'Uppgifterna har fel form.', en: 'The answer has the wrong shape.' },
  notText: { fi: 'Anna vastaus tekstinä.', sv: 'Ange svaret som text.', en: 'Give the answer as text.' },
  notNumber: { fi: 'Anna luku.', sv: 'Ange ett tal.', en: 'Enter a number.' },
  notInteger: { fi: 'Anna kokonaisluku.', sv: 'Ange ett heltal.', en: 'Enter a whole number.' },
  notYesNo: { fi: 'Valitse kyllä tai ei.', sv: 'Välj ja eller nej.', en: 'Choose yes or no.' },
  // One message per thing wrong with an identifier: the live check beside the field and the check
  // on "next" and on the server say the same (identifier-messages.ts).
  'businessId.form': {
    fi: 'Y-tunnus on muotoa 1234567-1: seitsemän numeroa, väliviiva ja tarkistusnumero.',
    sv: 'FO-numret har formen 1234567-1: sju siffror, bindestreck och en kontrollsiffra.',
    en: 'A business ID looks like 1234567-1: seven digits, a hyphen and a check digit.',
  },
  'businessId.check': {
    fi: 'Y-tunnuksen tarkistusnumero (viimeinen numero) ei täsmää. Tarkista numerot.',
    sv: 'FO-numrets kontrollsiffra (den sista siffran) stämmer inte. Kontrollera siffrorna.',
    en: 'The check digit of the business ID (the last digit) does not match. Check the digits.',
  },
  'personalId.form': {
    fi: 'Henkilötunnus on muotoa 131052-308T: syntymäaika, välimerkki, kolme numeroa ja tarkistusmerkki.',
    sv: 'Personbeteckningen har formen 131052-308T: födelsedatum, skiljetecken, tre siffror och ett kontrolltecken.',
    en: 'A personal identity code looks like 131052-308T: date of birth, century sign, three digits and a check character.',
  },
  'personalId.date': {
    fi: 'Henkilötunnuksen alussa oleva syntymäaika ei ole oikea päivämäärä.',
    sv: 'Födelsedatumet i början av personbeteckningen är inte ett riktigt datum.',
    en: 'The date of birth at the start of the personal identity code is not a real date.',
  },
  'personalId.future': {
    fi: 'Henkilötunnuksen syntymäaika on tulevaisuudessa. Tarkista syntymäaika ja välimerkki.',
    sv: 'Födelsedatumet i personbeteckningen ligger i framtiden. Kontrollera datumet och skiljetecknet.',
    en: 'The date of birth in the personal identity code is in the future. Check the date and the century sign.',
  },
  'personalId.check': {
    fi: 'Henkilötunnuksen tarkistusmerkki (viimeinen merkki) ei täsmää. Tarkista tunnus.',
    sv: 'Personbeteckningens kontrolltecken (det sista tecknet) stämmer inte. Kontrollera beteckningen.',
    en: 'The check character of the personal identity code (the last character) does not match. Check the code.',
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
  tooDeep: {
    fi: 'Vastaukset ovat sisäkkäin liian monella tasolla (enintään {limit}).',
    sv: 'Svaren är kapslade i för många nivåer (högst {limit}).',
    en: 'The answers are nested too deeply (at most {limit} levels).',
  },
  tooManyValues: {
    fi: 'Vastauksissa on liian monta arvoa (enintään {limit}).',
    sv: 'Svaren innehåller för många värden (högst {limit}).',
    en: 'The answers hold too many values (at most {limit}).',
  },
  controlCharacter: {
    fi: 'Tekstissä on ohjausmerkki ({char}), jota ei voi tallentaa. Poista se.',
    sv: 'Texten innehåller ett styrtecken ({char}) som inte kan sparas. Ta bort det.',
    en: 'The text contains a control character ({char}) that cannot be stored. Remove it.',
  },
  invalid: { fi: 'Tarkista vastaus.', sv: 'Kontrollera svaret.', en: 'Check the answer.' },
  // The contact step's own (form-library/contact), the same in the browser and in the server's 422.
  contactNameRequired: { fi: 'Kirjoita nimesi.', sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  contactNameTooLong: { fi: 'Nimi saa olla enintään {max} merkkiä.', sv: 'Namnet får vara högst {max} tecken.', en: 'The name may be at most {max} characters.' },
  contactEmailInvalid: {
    fi: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
    sv: 'Skriv e-postadressen i formen namn@exempel.fi.',
    en: 'Enter an email address such as name@example.fi.',
  },
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
