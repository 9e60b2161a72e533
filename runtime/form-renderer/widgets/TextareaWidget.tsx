import type { WidgetProps } from '@rjsf/utils';
import { describedBy } from '../templates/described-by';

export function TextareaWidget({ id, value, required, readonly, disabled, onChange, onBlur, onFocus, options, rawErrors, uiSchema, schema }: WidgetProps) {
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  return (
    <textarea
      id={id}
      name={id}
      className="input input--textarea"
      rows={(options.rows as number | undefined) ?? 5}
      value={value == null ? '' : String(value)}
      required={required}
      readOnly={readonly}
      disabled={disabled}
      maxLength={maxLength}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      aria-describedby={describedBy(id, { help: uiSchema?.['ui:help'], errors: rawErrors })}
      onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}
