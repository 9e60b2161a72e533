/** The options of a choice or a multiple choice: their labels in every language and their values. */
import type { ChoiceOption } from '../../../../form-library/format/types';
import { OptionsEntry } from '../entries/OptionsEntry';
import type { GroupProps } from '../groups/types';

export function OptionsGroup({ element, patch }: GroupProps) {
  if (element.kind !== 'choice' && element.kind !== 'multiChoice') return null;
  return <OptionsEntry id={`pp-${element.id}`} options={element.options} onChange={(options: ChoiceOption[], key?: string) => patch({ options }, key)} />;
}
