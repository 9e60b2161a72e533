/** A number's least and most value, and whether it must be whole. */
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { CheckboxEntry, NumberEntry } from '../entries/SimpleEntries';
import type { GroupProps } from '../groups/types';

export function NumberLimits({ element, patch }: GroupProps) {
  const t = useTexts(panelTexts);
  if (element.kind !== 'number') return null;
  const id = `pp-${element.id}`;
  return (
    <>
      <NumberEntry id={`${id}-min`} label={t('min')} value={element.min} onChange={(v) => patch({ min: v }, `${element.id}:min`)} />
      <NumberEntry id={`${id}-max`} label={t('max')} value={element.max} onChange={(v) => patch({ max: v }, `${element.id}:max`)} />
      <CheckboxEntry id={`${id}-int`} label={t('integer')} checked={element.integer === true} onChange={(v) => patch({ integer: v ? true : undefined })} />
    </>
  );
}
