/**
 * "Show when … is …": the field list holds only EARLIER fields within reach of the element's
 * repeating group (modeling/conditions), and a field with a closed set of values offers exactly
 * those values. When fields of a group were left out, a note says why, so they are not missed.
 */
import type { Condition, FormDefinition } from '../../../../form-library/format/types';
import { useLang, useTexts } from '../../../../ui/i18n/texts';
import { designerTexts, panelTexts } from '../../../../i18n/catalogs/builder';
import { localize } from '../../../../form-library/format/localize';
import { earlierFields, fieldNames, groupFieldsLeftOut } from '../../modeling/conditions';

interface Props {
  id: string;
  definition: FormDefinition;
  targetId: string;
  condition: Condition | undefined;
  onChange(condition: Condition | undefined, coalesceKey?: string): void;
}

function encode(v: string | number | boolean): string {
  return JSON.stringify(v);
}

export function ConditionEntry({ id, definition, targetId, condition, onChange }: Props) {
  const t = useTexts(panelTexts);
  const lang = useLang();
  const d = useTexts(designerTexts);
  const fields = earlierFields(definition, targetId);
  const names = fieldNames(definition, fields, lang, (n) => d('page', { n }));
  const field = condition ? fields.find((f) => f.key === condition.field) : undefined;
  const valueSelectId = `${id}-value`;
  const groupNoteId = `${id}-group-note`;
  const groupNote = groupFieldsLeftOut(definition, targetId);

  const chooseField = (key: string) => {
    if (key === '') return onChange(undefined);
    const f = fields.find((x) => x.key === key);
    if (!f) return;
    if (f.values && f.values.length > 0) onChange({ field: key, op: 'equals', value: f.values[0].value });
    else onChange({ field: key, op: 'answered' });
  };

  return (
    <fieldset className="pp-condition">
      <legend>{t('condition')}</legend>
      {fields.length === 0 && !condition ? (
        <p className="pp-help">{t('conditionNoFields')}</p>
      ) : (
        <>
          <div className="pp-entry">
            <label htmlFor={`${id}-field`}>{t('conditionShowWhen')}</label>
            <select id={`${id}-field`} value={condition?.field ?? ''} aria-describedby={groupNote ? groupNoteId : undefined} onChange={(e) => chooseField(e.target.value)}>
              <option value="">{t('conditionNone')}</option>
              {condition && !field && <option value={condition.field}>{t('conditionRemovedField')}</option>}
              {fields.map((f, i) => (
                <option key={f.key} value={f.key}>{names[i]}</option>
              ))}
            </select>
          </div>
          {condition && field && (
            field.values ? (
              <div className="pp-entry">
                <label htmlFor={valueSelectId}>{t('conditionIs')}</label>
                <select
                  id={valueSelectId}
                  value={condition.op === 'equals' ? encode(condition.value) : condition.op === 'oneOf' ? encode(condition.values[0] ?? '') : ''}
                  onChange={(e) => {
                    if (e.target.value === '') return onChange({ field: field.key, op: 'answered' });
                    onChange({ field: field.key, op: 'equals', value: JSON.parse(e.target.value) as string | boolean });
                  }}
                >
                  <option value="">{t('conditionAnswered')}</option>
                  {field.values.map((v) => (
                    <option key={encode(v.value)} value={encode(v.value)}>{localize(v.label, lang) || String(v.value)}</option>
                  ))}
                </select>
              </div>
            ) : (
              <div className="pp-entry">
                <label htmlFor={valueSelectId}>{t('conditionIs')}</label>
                <input
                  id={valueSelectId}
                  type="text"
                  placeholder={t('conditionAnswered')}
                  value={condition.op === 'equals' ? String(condition.value) : ''}
                  onChange={(e) => onChange(e.target.value === '' ? { field: field.key, op: 'answered' } : { field: field.key, op: 'equals', value: e.target.value }, `${id}:condition.value`)}
                />
              </div>
            )
          )}
        </>
      )}
      {groupNote && <p id={groupNoteId} className="pp-help">{t('conditionGroupFields')}</p>}
    </fieldset>
  );
}
