/** Label, help, key and "required": what every element has (info and containers a little less). */
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { keyFollowsLabel, relabel, resetKey } from '../../modeling/labels';
import { isValidKey, takenKeys } from '../../modeling/keys';
import { AdvancedFold } from '../entries/AdvancedFold';
import { LocalizedTextEntry } from '../entries/LocalizedTextEntry';
import { CheckboxEntry, TextEntry } from '../entries/SimpleEntries';
import { specOf } from '../../../../form-library/kinds';
import type { GroupProps } from './types';

export function GeneralGroup({ element, definition, patch, dispatch }: GroupProps) {
  const t = useTexts(panelTexts);
  const id = `pp-${element.id}`;
  const hasData = specOf(element.kind).holdsData;
  return (
    <fieldset className="pp-group">
      <legend>{t('general')}</legend>
      <LocalizedTextEntry
        id={`${id}-label`}
        legend={element.kind === 'info' ? t('heading') : t('label')}
        value={element.label}
        onChange={(lang, text) => {
          const op = relabel(definition, element.id, lang, text);
          if (op) dispatch(op, `${element.id}:label.${lang}`);
        }}
      />
      {element.kind === 'info' ? (
        <LocalizedTextEntry id={`${id}-text`} legend={t('infoText')} multiline value={element.text} onChange={(lang, text) => patch({ text: { ...element.text, [lang]: text } }, `${element.id}:text.${lang}`)} />
      ) : (
        <LocalizedTextEntry
          id={`${id}-help`}
          legend={t('help')}
          multiline
          value={element.help}
          onChange={(lang, text) => {
            const help = { ...element.help, [lang]: text };
            if (text === '') delete help[lang];
            patch({ help: Object.keys(help).length ? help : undefined }, `${element.id}:help.${lang}`);
          }}
        />
      )}
      {element.kind === 'group' && (
        <LocalizedTextEntry id={`${id}-item`} legend={t('itemLabel')} value={element.itemLabel} onChange={(lang, text) => patch({ itemLabel: { ...element.itemLabel, [lang]: text } }, `${element.id}:itemLabel.${lang}`)} />
      )}
      {hasData && element.kind !== 'section' && (
        <CheckboxEntry id={`${id}-required`} label={t('required')} checked={element.required === true} onChange={(v) => patch({ required: v ? true : undefined })} />
      )}
      <AdvancedFold open={!isValidKey(element.key) || takenKeys(definition, element.id).has(element.key)}>
        <TextEntry id={`${id}-key`} label={t('key')} help={t('keyHelp')} value={element.key} invalid={!isValidKey(element.key)} onChange={(key) => patch({ key }, `${element.id}:key`)} />
        {!keyFollowsLabel(definition, element.id) && (
          <p className="pp-inline pp-help">
            {t('keyHandEdited')}{' '}
            <button
              type="button"
              onClick={() => {
                const op = resetKey(definition, element.id);
                if (op) dispatch(op);
              }}
            >
              {t('keyReset')}
            </button>
          </p>
        )}
      </AdvancedFold>
    </fieldset>
  );
}
