/** Whether a choice shows as radio buttons or a select. */
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { SelectEntry } from '../entries/SimpleEntries';
import type { GroupProps } from '../groups/types';

export function ChoiceDisplay({ element, patch }: GroupProps) {
  const t = useTexts(panelTexts);
  if (element.kind !== 'choice') return null;
  return (
    <SelectEntry id={`pp-${element.id}-display`} label={t('display')} value={element.display ?? 'radio'} onChange={(v) => patch({ display: v })}>
      <option value="radio">{t('radio')}</option>
      <option value="select">{t('select')}</option>
    </SelectEntry>
  );
}
