/**
 * rjsf's NumberField, with one change: the browser's decimal separator is looked up once, not on
 * every render of every number field. rjsf builds a new Intl.NumberFormat per render for it, which
 * cost a 200-field form tens of milliseconds of its first render. The rest follows rjsf 6 exactly:
 * a trailing "." or "0" the customer is typing stays in the input while the data holds the number.
 */
import { asNumber, getDecimalSeparator, getUiOptions, resolveDefaultWidget, type FieldPathList, type FieldProps, type ErrorSchema } from '@rjsf/utils';
import { useCallback, useState } from 'react';

const trailingCharMatcherWithPrefix = /\.([0-9]*0)*$/;
const trailingCharMatcher = /[0.]0*$/;

let separatorOnce: string | undefined;
function decimalSeparator(): string {
  separatorOnce ??= getDecimalSeparator();
  return separatorOnce;
}

export function NumberField(props: FieldProps) {
  const { registry, onChange, formData, value: initialValue } = props as FieldProps & { value?: unknown };
  const [lastValue, setLastValue] = useState<unknown>(initialValue);
  const { StringField } = registry.fields;
  const separator = decimalSeparator();
  let value: unknown = formData;

  const handleChange = useCallback(
    (newValue: unknown, path: FieldPathList, errorSchema?: ErrorSchema, id?: string) => {
      setLastValue(newValue);
      const standardValue = typeof newValue === 'string' ? newValue.replace(separator, '.') : newValue;
      const normalizedValue = `${standardValue}`.startsWith('.') ? `0${standardValue}` : standardValue;
      const processed =
        typeof normalizedValue === 'string' && trailingCharMatcherWithPrefix.exec(normalizedValue)
          ? asNumber(normalizedValue.replace(trailingCharMatcher, ''))
          : asNumber(normalizedValue as string);
      onChange(processed, path, errorSchema, id);
    },
    [onChange, separator],
  );

  if (typeof lastValue === 'string' && typeof value === 'number') {
    const canonicalLastValue = lastValue.replace(separator, '.');
    const escapedValue = String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`^(${escapedValue})?\\.?0*$`).test(canonicalLastValue)) value = lastValue;
  }

  let displayValue = value;
  if (typeof value === 'number' && separator !== '.') {
    const { schema, uiSchema } = props;
    const { defaultWidget } = resolveDefaultWidget(schema, uiSchema, registry.schemaUtils, registry.widgets);
    const { widget = defaultWidget, inputType } = getUiOptions(uiSchema);
    if (widget === 'text' && inputType !== 'number') displayValue = String(value).replace('.', separator);
  }
  return <StringField {...props} formData={displayValue} onChange={handleChange} />;
}
