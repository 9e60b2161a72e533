/** The first and last day a date (or each day of a date range) may be. */
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { TextEntry } from '../entries/SimpleEntries';
import type { GroupProps } from '../groups/types';

export function DateLimits({ element, patch }: GroupProps) {
  const t = useTexts(panelTexts);
  if (element.kind !== 'date' && element.kind !== 'dateRange') return null;
  const id = `pp-${element.id}`;
  return (
    <>
      <TextEntry id={`${id}-min`} type="date" label={t('minDate')} value={element.min} onChange={(v) => patch({ min: v || undefined })} />
      <TextEntry id={`${id}-max`} type="date" label={t('maxDate')} value={element.max} onChange={(v) => patch({ max: v || undefined })} />
    </>
  );
}
