/**
 * The processing-time estimate as a sentence and its detail, the same on the customer's service
 * page, the desk's case and the admin's deployment list. Each surface keeps the words in its own
 * catalog under the keys below (ICU plurals for the days and the cases).
 */
import type { ProcessingEstimate } from '../../api-contract';
import type { MessageValues } from '../../i18n/translate';

export type { ProcessingEstimate };

export type EstimateTextKey = 'estimateRange' | 'estimateDays' | 'estimateMeasuredFrom' | 'estimateTarget' | 'estimateTargetNote';

/** A catalog's translator that has these keys (`useTexts(...)`). */
export type EstimateTexts = (key: EstimateTextKey, values?: MessageValues) => string;

export interface EstimateSentence {
  /** "Usually decided in 9–21 days" or "Target: an answer within 14 days". */
  text: string;
  /** "Measured from 12 decided cases; …" or "A target, not a measured figure: …". */
  detail: string;
  kind: 'measured' | 'target';
}

/** null when there is nothing to say (no measured figure and no response time). */
export function estimateSentence(estimate: ProcessingEstimate, t: EstimateTexts): EstimateSentence | null {
  if (!estimate) return null; // also a form answer cached from before the estimates (no member at all)
  if (estimate.kind === 'target') return { kind: 'target', text: t('estimateTarget', { days: estimate.days }), detail: t('estimateTargetNote') };
  const text =
    estimate.medianDays === estimate.p80Days
      ? t('estimateDays', { days: estimate.medianDays })
      : t('estimateRange', { low: estimate.medianDays, high: estimate.p80Days });
  return { kind: 'measured', text, detail: t('estimateMeasuredFrom', { cases: estimate.cases }) };
}
