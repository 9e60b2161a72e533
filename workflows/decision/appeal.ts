/**
 * Appeal instructions (muutoksenhakuohjeet) that a decision carries: either instructions for a
 * request for review to the authority itself (oikaisuvaatimusohje) or instructions for an appeal to
 * the administrative court (valitusosoitus), as the law on the decision's subject requires. The
 * authority admin sets them per deployment; these standard wordings are where the admin starts.
 */
import { appealTexts } from '../../i18n/catalogs/workflow';
import { inEveryLang } from '../../i18n/translate';
import type { LocalizedText } from '../../languages/localized-text';

export const APPEAL_KINDS = ['oikaisuvaatimus', 'valitus'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

export function isAppealKind(value: unknown): value is AppealKind {
  return typeof value === 'string' && (APPEAL_KINDS as readonly string[]).includes(value);
}

/** The heading each kind of instructions goes under, in fi/sv/en (the workflow catalog's `appeal` section). */
export const APPEAL_TITLES: Record<AppealKind, Required<LocalizedText>> = {
  oikaisuvaatimus: inEveryLang(appealTexts, 'title_oikaisuvaatimus'),
  valitus: inEveryLang(appealTexts, 'title_valitus'),
};

/** Standard wordings to start from; the admin adds the authority's own address and contact. */
export const APPEAL_TEMPLATES: Record<AppealKind, Required<LocalizedText>> = {
  oikaisuvaatimus: inEveryLang(appealTexts, 'template_oikaisuvaatimus'),
  valitus: inEveryLang(appealTexts, 'template_valitus'),
};
