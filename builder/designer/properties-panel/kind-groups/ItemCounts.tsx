/** The least and most choices of a multiple choice, or rows of a repeating group. */
import { leastItems } from '../../../../form-library/validation/must-answer';
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { NumberEntry } from '../entries/SimpleEntries';
import type { GroupProps } from '../groups/types';

export function ItemCounts({ element, patch }: GroupProps) {
  const t = useTexts(panelTexts);
  if (element.kind !== 'multiChoice' && element.kind !== 'group') return null;
  const id = `pp-${element.id}`;
  return (
    <>
      {/* The minimum holds without "required" too; an empty field shows the least the form asks (1 when required). */}
      <NumberEntry id={`${id}-minitems`} label={t('minItems')} help={t('minItemsHelp')} placeholder={String(leastItems({ ...element, minItems: undefined }))} min={0} step={1} value={element.minItems} onChange={(v) => patch({ minItems: v }, `${element.id}:minItems`)} />
      <NumberEntry id={`${id}-maxitems`} label={t('maxItems')} min={0} step={1} value={element.maxItems} onChange={(v) => patch({ maxItems: v }, `${element.id}:maxItems`)} />
    </>
  );
}
