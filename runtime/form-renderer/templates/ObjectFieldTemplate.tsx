import { descriptionId, type ObjectFieldTemplateProps } from '@rjsf/utils';
import { useContext } from 'react';
import { HiddenPathsContext, isHiddenPath } from '../visibility';
import { RequiredMark } from './RequiredMark';

/** A page renders its fields bare; a section is a fieldset with a legend; a group's item is framed by its item template. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { fieldPathId, properties, title, description, required, uiSchema } = props;
  const hiddenPaths = useContext(HiddenPathsContext);
  const path = fieldPathId.path;
  const isPage = path.length === 0;
  const isGroupItem = typeof path[path.length - 1] === 'number';
  const content = properties
    .filter((p) => !p.hidden)
    // The page schema keeps a field that some group items show and others hide; the form walk
    // decides each place (an item's siblings, fields outside the group, chains).
    .filter((p) => !isHiddenPath(hiddenPaths, [...path, p.name]))
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
