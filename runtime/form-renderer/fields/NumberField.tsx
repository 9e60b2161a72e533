/**
 * Numbers in the form's language: Finnish and Swedish write 3,5, English 3.5, and either point is
 * read as a decimal point whatever the language. rjsf's own NumberField asks the browser's locale
 * through Intl.NumberFormat on every render (and its first use cost a cold page tens of ms); the
 * rest follows rjsf: what is being typed ("3," or "3,50") stays in the input while the data holds
 * the number.
 */
import type { ErrorSchema, FieldPathList, FieldProps } from '@rjsf/utils';
import { useCallback, useState } from 'react';
import { useLang } from '../../../ui/i18n/texts';

/** The number a typed text stands for, the text itself while it is not one yet, undefined when blank. */
export function parseTypedNumber(typed: string): number | string | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const standard = text.replace(',', '.');
  const normalized = standard.startsWith('.') ? `0${standard}` : standard;
  // "3." and "3.50" are on their way to a number: the data holds 3 and 3.5 meanwhile.
  const settled = /\.([0-9]*0)*$/.test(normalized) ? normalized.replace(/[0.]0*$/, '') : normalized;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(settled)) return typed;
  const n = Number(settled);
  return Number.isFinite(n) ? n : typed;
}

export function NumberField(props: FieldProps) {
  const { registry, onChange, formData } = props;
  const separator = useLang() === 'en' ? '.' : ',';
  const [typed, setTyped] = useState<string | null>(null);
  const { StringField } = registry.fields;

  const handleChange = useCallback(
    (value: unknown, path: FieldPathList, errorSchema?: ErrorSchema, id?: string) => {
      if (typeof value !== 'string') {
        setTyped(null);
        onChange(value, path, errorSchema, id);
        return;
      }
      setTyped(value);
      onChange(parseTypedNumber(value), path, errorSchema, id);
    },
    [onChange],
  );

  let shown: unknown = formData;
  if (typeof formData === 'number') {
    shown = typed !== null && parseTypedNumber(typed) === formData ? typed : String(formData).replace('.', separator);
  }
  return <StringField {...props} formData={shown} onChange={handleChange} />;
}
