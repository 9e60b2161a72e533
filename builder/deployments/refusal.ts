/** Sentences for a refused deployment: another authority's overlap (409) and the language check (422). */
import { type Lang } from '../../ui/i18n/texts';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import { type TextsOf } from '../../i18n/translate';
import { ApiError } from '../../ui/api/http';
import { errorExtra, type Municipality } from './api';
import { municipalityName } from './admin-data';
import { localize } from '../../form-library/format/localize';

type Msg = TextsOf<typeof deploymentTexts>;

export function refusalSentences(err: unknown, t: Msg, lang: Lang, municipalities: Map<string, Municipality>): string[] {
  if (!(err instanceof ApiError)) return [];
  const { overlaps, languageGaps } = errorExtra(err.body);
  const name = (code: string) => municipalityName(municipalities.get(code), code, lang);
  return [
    ...overlaps.map((o) => t('overlap', { authority: localize(o.authority.name, lang), municipalities: o.municipalities.map(name).join(', ') })),
    ...languageGaps.map((g) =>
      t('languageGap', { municipalities: g.municipalities.map((m) => name(m.code)).join(', '), lang: g.lang === 'fi' ? t('languageGapFi') : t('languageGapSv'), count: g.missing.length }),
    ),
  ];
}
