import { useContext } from 'react';
import type { FieldTemplateProps } from '@rjsf/utils';
import { FixedFieldsContext } from '../fixed-fields';
import { useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';
import { requiredMark } from './RequiredMark';
import { fieldErrors } from './FieldErrorTemplate';
import { fieldHelp } from './FieldHelpTemplate';
import { elementOf } from './element-of';
import { frameOf, viewOfElement } from '../kind-views';


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
  // The kind's view says the frame: a fieldset for a group of inputs, none where the kind draws its own label or heading.
  const frame = element ? frameOf(element) : 'label';
  if (frame === 'fieldset') {
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
  const ownLabel = frame === 'own';
  const view = element ? viewOfElement(element) : undefined;
  return (
    <div className={className}>
      {displayLabel && !ownLabel && label && (
        <label htmlFor={id} className="field__label">
          {label}
          {mark}
        </label>
      )}
      {view?.ownHelp ? null : help}
      {fixed}
      {view?.ownErrors ? null : errors}
      {children}
    </div>
  );
}
