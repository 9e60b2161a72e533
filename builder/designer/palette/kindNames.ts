/** Names of the element kinds in the palette, in the designer's three languages. */
import type { ElementKind, Lang, LocalizedText } from '../../../form-library/format/types';

export const KIND_NAMES: Record<ElementKind, Record<Lang, string>> = {
  text: { fi: 'Tekstikenttä', sv: 'Textfält', en: 'Text field' },
  textarea: { fi: 'Pitkä teksti', sv: 'Lång text', en: 'Long text' },
  number: { fi: 'Numero', sv: 'Nummer', en: 'Number' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
  phone: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Phone number' },
  date: { fi: 'Päivämäärä', sv: 'Datum', en: 'Date' },
  time: { fi: 'Kellonaika', sv: 'Klockslag', en: 'Time of day' },
  dateRange: { fi: 'Aikaväli', sv: 'Tidsperiod', en: 'Date range' },
  choice: { fi: 'Valinta', sv: 'Val', en: 'Choice' },
  multiChoice: { fi: 'Monivalinta', sv: 'Flerval', en: 'Multiple choice' },
  yesNo: { fi: 'Kyllä/ei', sv: 'Ja/nej', en: 'Yes/no' },
  businessId: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
  personalId: { fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Personal identity code' },
  postalCode: { fi: 'Postinumero', sv: 'Postnummer', en: 'Postal code' },
  address: { fi: 'Osoite', sv: 'Adress', en: 'Address' },
  municipality: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
  attachment: { fi: 'Liite', sv: 'Bilaga', en: 'Attachment' },
  info: { fi: 'Ohjeteksti', sv: 'Instruktionstext', en: 'Instruction text' },
  section: { fi: 'Osio', sv: 'Avsnitt', en: 'Section' },
  group: { fi: 'Toistuva ryhmä', sv: 'Upprepad grupp', en: 'Repeating group' },
};

export function kindName(kind: ElementKind, lang: Lang): string {
  return KIND_NAMES[kind][lang];
}

export function kindLabel(kind: ElementKind): LocalizedText {
  return { ...KIND_NAMES[kind] };
}
