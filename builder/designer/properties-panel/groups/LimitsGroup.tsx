/** Limits per kind: lengths and pattern, number range, dates, counts, files, display. */
import type { ReactNode } from 'react';
import { leastItems } from '../../../../form-library/validation/must-answer';
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { isValidPattern } from '../../../../form-library/problems';
import { AdvancedFold } from '../entries/AdvancedFold';
import { LocalizedTextEntry } from '../entries/LocalizedTextEntry';
import { CheckboxEntry, NumberEntry, SelectEntry, TextEntry } from '../entries/SimpleEntries';
import type { GroupProps } from './types';

const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text'];
const FILE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'text/plain': 'TXT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
};

export function LimitsGroup({ element, patch }: GroupProps) {
  const t = useTexts(panelTexts);
  const id = `pp-${element.id}`;
  let body: ReactNode = null;
  switch (element.kind) {
    case 'text':
    case 'textarea':
      body = (
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
      break;
    case 'number':
      body = (
        <>
          <NumberEntry id={`${id}-min`} label={t('min')} value={element.min} onChange={(v) => patch({ min: v }, `${element.id}:min`)} />
          <NumberEntry id={`${id}-max`} label={t('max')} value={element.max} onChange={(v) => patch({ max: v }, `${element.id}:max`)} />
          <CheckboxEntry id={`${id}-int`} label={t('integer')} checked={element.integer === true} onChange={(v) => patch({ integer: v ? true : undefined })} />
        </>
      );
      break;
    case 'date':
    case 'dateRange':
      body = (
        <>
          <TextEntry id={`${id}-min`} type="date" label={t('minDate')} value={element.min} onChange={(v) => patch({ min: v || undefined })} />
          <TextEntry id={`${id}-max`} type="date" label={t('maxDate')} value={element.max} onChange={(v) => patch({ max: v || undefined })} />
        </>
      );
      break;
    case 'choice':
      body = (
        <SelectEntry id={`${id}-display`} label={t('display')} value={element.display ?? 'radio'} onChange={(v) => patch({ display: v })}>
          <option value="radio">{t('radio')}</option>
          <option value="select">{t('select')}</option>
        </SelectEntry>
      );
      break;
    case 'multiChoice':
    case 'group':
      body = (
        <>
          {/* The minimum holds without "required" too; an empty field shows the least the form asks (1 when required). */}
          <NumberEntry id={`${id}-minitems`} label={t('minItems')} help={t('minItemsHelp')} placeholder={String(leastItems({ ...element, minItems: undefined }))} min={0} step={1} value={element.minItems} onChange={(v) => patch({ minItems: v }, `${element.id}:minItems`)} />
          <NumberEntry id={`${id}-maxitems`} label={t('maxItems')} min={0} step={1} value={element.maxItems} onChange={(v) => patch({ maxItems: v }, `${element.id}:maxItems`)} />
        </>
      );
      break;
    case 'attachment': {
      const accept = element.accept ?? [];
      body = (
        <>
          <fieldset className="pp-checks">
            <legend>{t('accept')}</legend>
            {FILE_TYPES.map((type, i) => (
              <CheckboxEntry
                key={type}
                id={`${id}-accept${i}`}
                label={FILE_NAMES[type]}
                checked={accept.includes(type)}
                onChange={(v) => {
                  const next = v ? [...accept, type] : accept.filter((a) => a !== type);
                  patch({ accept: next.length ? next : undefined });
                }}
              />
            ))}
          </fieldset>
          <NumberEntry id={`${id}-maxfiles`} label={t('maxFiles')} min={1} step={1} value={element.maxFiles} onChange={(v) => patch({ maxFiles: v }, `${element.id}:maxFiles`)} />
          <NumberEntry id={`${id}-maxsize`} label={t('maxSizeMb')} min={1} value={element.maxSizeMb} onChange={(v) => patch({ maxSizeMb: v }, `${element.id}:maxSizeMb`)} />
        </>
      );
      break;
    }
    default:
      return null;
  }
  return (
    <fieldset className="pp-group">
      <legend>{t('limits')}</legend>
      {body}
    </fieldset>
  );
}
