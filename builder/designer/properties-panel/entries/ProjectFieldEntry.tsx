/**
 * "Prefilled from project data": which of the pack's project data fields a value field takes its
 * value from, chosen from the fields that fit it (form-library/projects), named by their labels
 * ("Järjestäjä › Y-tunnus"). Not shown for fields in a repeating group, for elements that hold no
 * value, nor where the pack has no project data (unless the field still names one, to clear it).
 * An assessment's question maps the other way ('carry'): its answer fills in the project field when
 * a project is started from the result; the same rules, other words.
 */
import type { FormElement, ProjectDataDefinition } from '../../../../form-library/format/types';
import { localize } from '../../../../form-library/format/localize';
import { fittingProjectFields, isShareableKind, projectFieldLabel, projectFields } from '../../../../form-library/projects/project-fields';
import { useLang, useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';

interface Props {
  id: string;
  element: FormElement;
  inGroup: boolean;
  projectData: ProjectDataDefinition | undefined;
  /** 'prefill' for a service's field, 'carry' for an assessment's question. */
  direction?: 'prefill' | 'carry';
  /** The chosen project field's dotted key, or undefined for "not prefilled". */
  onChange(projectField: string | undefined): void;
}

export function ProjectFieldEntry({ id, element, inGroup, projectData, direction = 'prefill', onChange }: Props) {
  const t = useTexts(panelTexts);
  const lang = useLang();
  if (!isShareableKind(element.kind) || inGroup) return null;
  if (!projectData && element.projectField === undefined) return null;
  const fitting = fittingProjectFields(element, projectData);
  const current = element.projectField;
  const currentFits = current === undefined || fitting.some((f) => f.key === current);
  const currentField = projectFields(projectData).find((f) => f.key === current);
  const labelOf = (field: Parameters<typeof projectFieldLabel>[0], key: string) => localize(projectFieldLabel(field), lang) || key;
  return (
    <div className="pp-entry">
      <label htmlFor={id}>{t(direction === 'carry' ? 'carriedTo' : 'prefilledFrom')}</label>
      <p id={`${id}-help`} className="pp-help">{fitting.length === 0 ? t('prefillNoneFits') : t(direction === 'carry' ? 'carryHelp' : 'prefillHelp')}</p>
      <select id={id} value={current ?? ''} aria-describedby={`${id}-help`} aria-invalid={!currentFits || undefined} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t(direction === 'carry' ? 'notCarried' : 'notPrefilled')}</option>
        {fitting.map((f) => <option key={f.key} value={f.key}>{labelOf(f, f.key)}</option>)}
        {!currentFits && current !== undefined && (
          <option value={current}>{t('prefillNotFitting', { name: currentField ? labelOf(currentField, current) : current })}</option>
        )}
      </select>
    </div>
  );
}
