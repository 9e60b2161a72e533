import type { WidgetProps } from '@rjsf/utils';
import type { RendererContext } from '../context';
import { describedBy } from '../templates/described-by';
import { MunicipalityCombobox, useMunicipalities } from './MunicipalityCombobox';

export function MunicipalityWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, required, readonly, disabled, rawErrors, uiSchema, registry } = props;
  const context = registry.formContext as RendererContext | undefined;
  const municipalities = useMunicipalities(context?.municipalities);
  return (
    <MunicipalityCombobox
      id={id}
      municipalities={municipalities}
      value={typeof value === 'string' ? value : undefined}
      onChange={(code) => onChange(code)}
      onBlur={() => onBlur(id, value)}
      required={required}
      readonly={readonly}
      disabled={disabled}
      invalid={(rawErrors?.length ?? 0) > 0}
      describedBy={describedBy(id, { help: uiSchema?.['ui:help'], errors: rawErrors })}
    />
  );
}
