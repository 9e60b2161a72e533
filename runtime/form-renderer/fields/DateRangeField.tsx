import type { FieldProps } from '@rjsf/utils';
import { useTexts } from '../../../ui/i18n/texts';
import { partTexts } from '../../../i18n/catalogs/form';
import { elementOf } from '../templates/element-of';
import { PartInput } from './part-input';

export interface DateRangeValue {
  start?: string;
  end?: string;
}

/** Two dates; the end date cannot be picked before the start date. */
export function DateRangeField({ formData, onChange, fieldPathId, errorSchema, readonly, disabled, required, uiSchema }: FieldProps<DateRangeValue>) {
  const t = useTexts(partTexts);
  const value: DateRangeValue = formData && typeof formData === 'object' ? formData : {};
  const element = elementOf(uiSchema);
  const limits = element?.kind === 'dateRange' ? element : undefined;
  const set = (part: 'start' | 'end', v: string | undefined) => {
    const next: DateRangeValue = { ...value, [part]: v };
    if (v === undefined) delete next[part];
    onChange(Object.keys(next).length ? next : undefined, fieldPathId.path);
  };
  const errors = errorSchema as Record<string, { __errors?: string[] }> | undefined;
  return (
    <div className="date-range">
      {(['start', 'end'] as const).map((part) => (
        <PartInput
            key={part}
          id={`${fieldPathId.$id}_${part}`}
            type="date"
            label={t(part)}
            value={value[part]}
            required={required}
            readonly={readonly}
            disabled={disabled}
            errors={errors?.[part]?.__errors}
            min={part === 'end' ? value.start ?? limits?.min : limits?.min}
            max={part === 'start' ? value.end ?? limits?.max : limits?.max}
            onChange={(v) => set(part, v)}
          />
      ))}
    </div>
  );
}
