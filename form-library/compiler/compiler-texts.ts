import type { Lang } from '../format/types';

/** Texts the compiler adds itself (parts of composite fields), in every language. */
export const YES_NO_LABELS: Record<'yes' | 'no', Record<Lang, string>> = {
  yes: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
  no: { fi: 'Ei', sv: 'Nej', en: 'No' },
};

export const ADDRESS_PART_LABELS: Record<'street' | 'postalCode' | 'postOffice', Record<Lang, string>> = {
  street: { fi: 'Katuosoite', sv: 'Gatuadress', en: 'Street address' },
  postalCode: { fi: 'Postinumero', sv: 'Postnummer', en: 'Postal code' },
  postOffice: { fi: 'Postitoimipaikka', sv: 'Postanstalt', en: 'Post office' },
};

export const DATE_RANGE_PART_LABELS: Record<'start' | 'end', Record<Lang, string>> = {
  start: { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' },
  end: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' },
};
