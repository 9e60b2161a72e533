import { descriptionId, type ObjectFieldTemplateProps, type UiSchema } from '@rjsf/utils';
import { evaluateCondition } from '../../../form-library/conditions/evaluate-condition';
import type { FormData } from '../../../form-library/format/types';
import { RequiredMark } from './RequiredMark';
import { elementOf } from './element-of';

/** A page renders its fields bare; a section is a fieldset with a legend; a group's item is framed by its item template. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { fieldPathId, properties, title, description, required, uiSchema, formData } = props;
  const path = fieldPathId.path;
  const isPage = path.length === 0;
  const isGroupItem = typeof path[path.length - 1] === 'number';
  const item: FormData = formData && typeof formData === 'object' && !Array.isArray(formData) ? (formData as FormData) : {};
  const content = properties
    .filter((p) => !p.hidden)
    // Items of a repeating group differ: a field whose condition reads a sibling in the same item
    // shows per item (the page schema has to keep it for every item).
    .filter((p) => {
      if (!isGroupItem) return true;
      const condition = elementOf(uiSchema?.[p.name] as UiSchema | undefined)?.condition;
      return !condition || !(condition.field in item) ? true : evaluateCondition(condition, item);
    })
    .map((p) => p.content);
  if (isPage || isGroupItem) return <div className="fields">{content}</div>;
  const legend = (uiSchema?.['ui:title'] as string | undefined) ?? title;
  return (
    <fieldset className="section" id={fieldPathId.$id}>
      {legend && (
        <legend className="section__legend">
          {legend}
          {required && <RequiredMark />}
        </legend>
      )}
      {description && <div id={descriptionId(fieldPathId)} className="field__description">{description}</div>}
      {content}
    </fieldset>
  );
}
