import type { FieldTemplateProps } from '@rjsf/utils';
import { RequiredMark } from './RequiredMark';
import { elementOf } from './element-of';

/** Kinds whose control is a group of inputs: they get a fieldset with a legend instead of a label. */
const GROUPED = new Set(['yesNo', 'multiChoice', 'address', 'dateRange']);
/** Kinds that render their own label or heading (or none). */
const SELF_LABELLED = new Set(['attachment', 'info', 'section', 'group']);

export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, errors, help, hidden, required, displayLabel, uiSchema, rawErrors, classNames } = props;
  if (hidden) return <div hidden>{children}</div>;
  const element = elementOf(uiSchema);
  const kind = element?.kind;
  const hasErrors = (rawErrors?.length ?? 0) > 0;
  const className = ['field', kind ? `field--${kind}` : '', hasErrors ? 'field--error' : '', classNames ?? ''].filter(Boolean).join(' ');
  const grouped = kind !== undefined && (GROUPED.has(kind) || (kind === 'choice' && element?.kind === 'choice' && element.display !== 'select'));
  if (grouped) {
    return (
      <fieldset className={className} id={`${id}__group`}>
        <legend className="field__label">
          {label}
          {required && <RequiredMark />}
        </legend>
        {help}
        {errors}
        {children}
      </fieldset>
    );
  }
  const ownLabel = kind !== undefined && SELF_LABELLED.has(kind);
  return (
    <div className={className}>
      {displayLabel && !ownLabel && label && (
        <label htmlFor={id} className="field__label">
          {label}
          {required && <RequiredMark />}
        </label>
      )}
      {kind === 'section' ? null : help}
      {kind === 'attachment' ? null : errors}
      {children}
    </div>
  );
}
