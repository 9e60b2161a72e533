/** A refused status change as a sentence for a handler or customer, in fi/sv/en. */
import type { Lang } from '../../languages/localized-text';
import { refusalTexts } from '../../i18n/catalogs/workflow';
import { translator } from '../../i18n/translate';
import type { NextStatusRefusalCode } from './next-status';

export function describeRefusal(
  refusal: { code: NextStatusRefusalCode; allowed: string[]; event: string; status: string },
  lang: Lang,
): string {
  const t = translator(refusalTexts, lang);
  const { event, status } = refusal;
  const sentence = t(refusal.code, { event, status });
  if (refusal.code === 'unknown_status' || refusal.code === 'comment_required') return sentence;
  // A wrong transition or role says what can be done instead.
  const allowed = refusal.allowed.join(', ');
  return `${sentence} ${allowed ? t('allowed', { allowed }) : t('noneAllowed')}`;
}
