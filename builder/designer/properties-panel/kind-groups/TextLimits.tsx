/** A text's least and most length, and its pattern with the message shown when it does not match. */
import { isValidPattern } from '../../../../form-library/problems';
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { AdvancedFold } from '../entries/AdvancedFold';
import { LocalizedTextEntry } from '../entries/LocalizedTextEntry';
import { NumberEntry, TextEntry } from '../entries/SimpleEntries';
import type { GroupProps } from '../groups/types';

export function TextLimits({ element, patch }: GroupProps) {
  const t = useTexts(panelTexts);
  if (element.kind !== 'text' && element.kind !== 'textarea') return null;
  const id = `pp-${element.id}`;
  return (
    <>
      <NumberEntry id={`${id}-minlen`} label={t('minLength')} min={0} step={1} value={element.minLength} onChange={(v) => patch({ minLength: v }, `${element.id}:minLength`)} />
      <NumberEntry id={`${id}-maxlen`} label={t('maxLength')} min={0} step={1} value={element.maxLength} onChange={(v) => patch({ maxLength: v }, `${element.id}:maxLength`)} />
      <AdvancedFold open={element.pattern !== undefined && !isValidPattern(element.pattern)}>
        <TextEntry id={`${id}-pattern`} label={t('pattern')} value={element.pattern} invalid={element.pattern !== undefined && !isValidPattern(element.pattern)} onChange={(v) => patch({ pattern: v || undefined }, `${element.id}:pattern`)} />
        {element.pattern && (
          <LocalizedTextEntry id={`${id}-patmsg`} legend={t('patternMessage')} value={element.patternMessage} onChange={(lang, text) => patch({ patternMessage: { ...element.patternMessage, [lang]: text } }, `${element.id}:patternMessage.${lang}`)} />
        )}
      </AdvancedFold>
    </>
  );
}
