import { getInputProps, type BaseInputTemplateProps } from '@rjsf/utils';
import type { ChangeEvent } from 'react';
import { describedBy } from './described-by';

type InputMode = 'text' | 'numeric' | 'tel' | 'email' | 'decimal' | 'search' | 'url' | 'none';

/** The one <input> every text-like widget uses: ids, aria wiring and empty values the rjsf way. */
export function BaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, htmlName, value, readonly, disabled, autofocus, onBlur, onFocus, onChange, onChangeOverride, options, schema, uiSchema, rawErrors, type, required, placeholder } = props;
  // A decimal number is typed as text (NumberField reads "3,5" and "3.5"); rjsf would ask the
  // browser's locale for that on every render.
  const decimal = schema.type === 'number' && !options.inputType && !type;
  const inputProps = getInputProps(schema, type, decimal ? { ...options, inputType: 'text' } : options);
  const inputValue = inputProps.type === 'number' ? (value || value === 0 ? value : '') : value == null ? '' : value;
  const extra = (options.describedBy as string[] | undefined) ?? [];
  const autoComplete = (options.autocomplete as string | undefined) ?? undefined;
  return (
    <input
      id={id}
      name={htmlName || id}
      className="input"
      readOnly={readonly}
      disabled={disabled}
      autoFocus={autofocus}
      required={required}
      placeholder={placeholder}
      autoComplete={autoComplete}
      inputMode={(options.inputMode as InputMode | undefined) ?? (decimal ? 'decimal' : undefined)}
      value={inputValue}
      {...inputProps}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      aria-describedby={describedBy(id, { help: uiSchema?.['ui:help'], errors: rawErrors, extra })}
      onChange={onChangeOverride ?? ((e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value === '' ? options.emptyValue : e.target.value))}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}
