/**
 * Single and multiple choice with native inputs, option labels from the pack in the chosen
 * language (the overlay's ui:enumNames), the fieldset and legend coming from FieldTemplate.
 */
import { enumOptionsIndexForValue, enumOptionsValueForIndex, type WidgetProps } from '@rjsf/utils';
import { useTexts } from '../../../ui/i18n/texts';
import { partTexts, rendererTexts } from '../../../i18n/catalogs/form';
import { describedBy } from '../templates/described-by';

export function RadioWidget({ id, value, required, readonly, disabled, onChange, onBlur, onFocus, options, rawErrors, uiSchema }: WidgetProps) {
  const enumOptions = options.enumOptions ?? [];
  const describedById = describedBy(id, { help: uiSchema?.['ui:help'], errors: rawErrors });
  return (
    <div className="choices" id={id}>
      {enumOptions.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <div className="choice" key={optionId}>
            <input
              type="radio"
              id={optionId}
              name={id}
              value={String(index)}
              checked={option.value === value}
              required={required}
              disabled={disabled || readonly}
              aria-describedby={describedById}
              onChange={() => onChange(option.value)}
              onBlur={() => onBlur(id, value)}
              onFocus={() => onFocus(id, value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </div>
  );
}

export function CheckboxesWidget({ id, value, readonly, disabled, onChange, options, rawErrors, uiSchema }: WidgetProps) {
  const enumOptions = options.enumOptions ?? [];
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const describedById = describedBy(id, { help: uiSchema?.['ui:help'], errors: rawErrors });
  return (
    <div className="choices" id={id}>
      {enumOptions.map((option, index) => {
        const optionId = `${id}-${index}`;
        const checked = selected.includes(option.value);
        return (
          <div className="choice" key={optionId}>
            <input
              type="checkbox"
              id={optionId}
              name={id}
              checked={checked}
              disabled={disabled || readonly}
              aria-describedby={describedById}
              onChange={() => {
                const next = checked ? selected.filter((v) => v !== option.value) : [...selected, option.value];
                // Keep the order of the options, so the data does not depend on click order.
                onChange(enumOptions.map((o) => o.value).filter((v) => next.includes(v)));
              }}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </div>
  );
}

export function SelectWidget({ id, value, required, readonly, disabled, onChange, onBlur, onFocus, options, rawErrors, uiSchema }: WidgetProps) {
  const t = useTexts(rendererTexts);
  const enumOptions = options.enumOptions ?? [];
  const index = enumOptionsIndexForValue(value, enumOptions);
  return (
    <select
      id={id}
      name={id}
      className="input input--select"
      value={typeof index === 'string' ? index : ''}
      required={required}
      disabled={disabled || readonly}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      aria-describedby={describedBy(id, { help: uiSchema?.['ui:help'], errors: rawErrors })}
      onChange={(e) => onChange(e.target.value === '' ? undefined : enumOptionsValueForIndex(e.target.value, enumOptions))}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      <option value="">{t('choose')}…</option>
      {enumOptions.map((option, i) => (
        <option key={i} value={String(i)}>{option.label}</option>
      ))}
    </select>
  );
}

/** Yes / no as two radio buttons (a lone checkbox cannot say "no" on purpose). */
export function YesNoWidget({ id, value, required, readonly, disabled, onChange, rawErrors, uiSchema }: WidgetProps) {
  const t = useTexts(partTexts);
  const describedById = describedBy(id, { help: uiSchema?.['ui:help'], errors: rawErrors });
  const choices: Array<[boolean, string]> = [[true, t('yes')], [false, t('no')]];
  return (
    <div className="choices choices--inline" id={id}>
      {choices.map(([choice, label]) => (
        <div className="choice" key={label}>
          <input
            type="radio"
            id={`${id}-${choice ? 'yes' : 'no'}`}
            name={id}
            checked={value === choice}
            required={required}
            disabled={disabled || readonly}
            aria-describedby={describedById}
            onChange={() => onChange(choice)}
          />
          <label htmlFor={`${id}-${choice ? 'yes' : 'no'}`}>{label}</label>
        </div>
      ))}
    </div>
  );
}
