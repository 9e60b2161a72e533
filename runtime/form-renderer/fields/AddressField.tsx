import type { FieldProps } from '@rjsf/utils';
import { useTexts } from '../../../ui/i18n/texts';
import { partTexts } from '../../../i18n/catalogs/form';
import { PartInput } from './part-input';

export interface AddressValue {
  street?: string;
  postalCode?: string;
  postOffice?: string;
}

const PARTS = ['street', 'postalCode', 'postOffice'] as const;
const AUTOCOMPLETE: Record<(typeof PARTS)[number], string> = { street: 'street-address', postalCode: 'postal-code', postOffice: 'address-level2' };

/** Street address, postal code and post office; the legend comes from FieldTemplate. */
export function AddressField({ formData, onChange, fieldPathId, errorSchema, readonly, disabled, schema, required }: FieldProps<AddressValue>) {
  const t = useTexts(partTexts);
  const value: AddressValue = formData && typeof formData === 'object' ? formData : {};
  const requiredParts = new Set(Array.isArray(schema.required) ? schema.required : required ? PARTS : []);
  const set = (part: (typeof PARTS)[number], v: string | undefined) => {
    const next: AddressValue = { ...value, [part]: v };
    if (v === undefined) delete next[part];
    onChange(Object.keys(next).length ? next : undefined, fieldPathId.path);
  };
  return (
    <div className="address">
      {PARTS.map((part) => (
        <PartInput
          key={part}
          id={`${fieldPathId.$id}_${part}`}
          className={`address__${part}`}
          label={t(part)}
          value={value[part]}
          required={requiredParts.has(part)}
          readonly={readonly}
          disabled={disabled}
          autoComplete={AUTOCOMPLETE[part]}
          inputMode={part === 'postalCode' ? 'numeric' : undefined}
          errors={(errorSchema as Record<string, { __errors?: string[] }> | undefined)?.[part]?.__errors}
          onChange={(v) => set(part, v)}
        />
      ))}
    </div>
  );
}
