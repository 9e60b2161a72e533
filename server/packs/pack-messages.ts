/**
 * The packs API's own field messages in fi/sv/en (staff screens ask with `?lang=`; API clients get
 * English). Format, form and workflow problems are worded by form-library and workflows themselves.
 */
import type { Lang } from '../../form-library/format/types';
import { fillPlaceholders } from '../../form-library/text/fill-placeholders';

const MESSAGES = {
  noServices: { fi: 'Paketissa ei ole yhtään asiointia.', sv: 'Paketet har inga tjänster.', en: 'The pack has no services' },
  duplicateServiceId: {
    fi: 'Asioinnin tunnus "{id}" on jo toisen asioinnin käytössä.',
    sv: 'Tjänstens id "{id}" används redan av en annan tjänst.',
    en: 'Duplicate service id "{id}"',
  },
  slugMustStay: { fi: 'Pitää pysyä muodossa "{slug}"', sv: 'Måste förbli "{slug}"', en: 'Must stay "{slug}"' },
  slugTaken: { fi: 'Tunnus on jo toisen paketin käytössä', sv: 'Används redan av ett annat paket', en: 'Already in use' },
  draftIsNow: { fi: 'Luonnos on nyt tallennettu {at}', sv: 'Utkastet sparades nu {at}', en: 'The draft is now from {at}' },
} satisfies Record<string, Record<Lang, string>>;

export type PackMessage = keyof typeof MESSAGES;

export function packMessage(key: PackMessage, lang: Lang, params: Record<string, string> = {}): string {
  return fillPlaceholders(MESSAGES[key][lang], params);
}
