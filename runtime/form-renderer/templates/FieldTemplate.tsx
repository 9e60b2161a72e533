import { useContext } from 'react';
import type { FieldTemplateProps } from '@rjsf/utils';
import { FixedFieldsContext } from '../fixed-fields';
import { useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';
import { requiredMark } from './RequiredMark';
import { fieldErrors } from './FieldErrorTemplate';
import { fieldHelp } from './FieldHelpTemplate';
import { elementOf } from './element-of';

/** Kinds whose control is a group of inputs: they get a fieldset with a legend instead of a label. */
const GROUPED = new Set(['yesNo', 'multiChoice', 'address', 'dateRange']);
/** Kinds that render their own label or heading (or none). */
const SELF_LABELLED = new Set(['attachment', 'info', 'section', 'group']);

/**
 * One field's frame: label or legend, help, errors, the control. The help and the errors are
 * written here from rjsf's raw values rather than by mounting the help and error templates rjsf
 * hands in for every field, most of which would render nothing: a page's first render then builds
 * only the elements it shows (the same markup as FieldHelpTemplate and FieldErrorTemplate, from
 * their `fieldHelp` and `fieldErrors`).
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, rawHelp, hidden, required, displayLabel, uiSchema, rawErrors, classNames } = props;
  const t = useTexts(rendererTexts);
  const fixedNote = useContext(FixedFieldsContext).get(id);
  if (hidden) return <div hidden>{children}</div>;
  const element = elementOf(uiSchema);
  const kind = element?.kind;
  const errors = fieldErrors(id, rawErrors);
  const hasErrors = errors !== null;
  const className = ['field', kind ? `field--${kind}` : '', hasErrors ? 'field--error' : '', classNames ?? ''].filter(Boolean).join(' ');
  const mark = required ? requiredMark(t('required')) : null;
  const help = fieldHelp(id, rawHelp);
  // A field kept elsewhere (the project's data) says so, and where to change it.
  const fixed = fixedNote ? <p className="field__fixed" id={`${id}__fixed`}>{fixedNote}</p> : null;
  const grouped = kind !== undefined && (GROUPED.has(kind) || (kind === 'choice' && element?.kind === 'choice' && element.display !== 'select'));
  if (grouped) {
    return (
      <fieldset className={className} id={`${id}__group`}>
        <legend className="field__label">
          {label}
          {mark}
        </legend>
        {help}
        {fixed}
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
          {mark}
        </label>
      )}
      {kind === 'section' ? null : help}
      {fixed}
      {kind === 'attachment' ? null : errors}
      {children}
    </div>
  );
}
