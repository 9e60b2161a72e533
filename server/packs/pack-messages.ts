/**
 * The packs API's own field messages in fi/sv/en (staff screens ask with `?lang=`; API clients get
 * English), from the server catalog's `packs` section. Format, form and workflow problems are worded
 * by form-library and workflows themselves.
 */
import type { Lang } from '../../form-library/format/types';
import { packApiTexts } from '../../i18n/catalogs/server';
import { translator, type KeyOf, type MessageValues } from '../../i18n/translate';

export type PackMessage = KeyOf<typeof packApiTexts>;

export function packMessage(key: PackMessage, lang: Lang, params: MessageValues = {}): string {
  return translator(packApiTexts, lang)(key, params);
}
