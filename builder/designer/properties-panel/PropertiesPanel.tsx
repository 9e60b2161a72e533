/**
 * The side panel for the selected element or page, assembled from groups (general, options,
 * limits, condition) the way form-js builds its properties panel from entries; which groups an
 * element shows beyond the general ones, its kind's spec says (form-library/kinds).
 */
import type { FormDefinition, ProjectDataDefinition } from '../../../form-library/format/types';
import { specOf } from '../../../form-library/kinds';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { designerTexts, panelTexts } from '../../../i18n/catalogs/builder';
import { elementTitle, pageTitle } from '../display-label';
import type { ElementPatch, FormOp } from '../modeling/operations';
import { findElement, findPage } from '../modeling/tree';
import { kindName } from '../palette/kind-names';
import { ConditionEntry } from './entries/ConditionEntry';
import { LocalizedTextEntry } from './entries/LocalizedTextEntry';
import { ProjectFieldEntry } from './entries/ProjectFieldEntry';
import { IdentityFieldEntry } from './entries/IdentityFieldEntry';
import { GeneralGroup } from './groups/GeneralGroup';
import { LimitsGroup } from './groups/LimitsGroup';
import { MoveGroup } from './groups/MoveGroup';
import { OWN_PLACE_GROUPS, PROPERTY_GROUP_VIEWS } from './kind-groups/property-group-views';

interface Props {
  definition: FormDefinition;
  selectedId: string | null;
  dispatch(op: FormOp, coalesceKey?: string): void;
  /** The pack's project data, when the form's fields may be prefilled from it (a service's form). */
  projectData?: ProjectDataDefinition;
  /** How the form's fields relate to the project data: a service's are prefilled, an assessment's carried into it. */
  projectDataDirection?: 'prefill' | 'carry';
}

export function PropertiesPanel({ definition, selectedId, dispatch, projectData, projectDataDirection }: Props) {
  const t = useTexts(panelTexts);
  const d = useTexts(designerTexts);
  const lang = useLang();
  if (!selectedId) return <p className="pp-empty">{d('nothingSelected')}</p>;

  const page = findPage(definition, selectedId);
  if (page) {
    const index = definition.pages.indexOf(page);
    const id = `pp-${page.id}`;
    return (
      <div className="pp-panel">
        <h3>{t('selected', { name: `${d('page', { n: index + 1 })}: ${pageTitle(page, lang, d('page', { n: index + 1 }))}` })}</h3>
        <LocalizedTextEntry
          id={`${id}-title`}
          legend={t('pageTitle')}
          value={page.title}
          onChange={(l, text) => {
            const title = { ...page.title, [l]: text };
            if (text === '') delete title[l];
            dispatch({ type: 'updatePage', pageId: page.id, patch: { title } }, `${page.id}:title.${l}`);
          }}
        />
        <ConditionEntry
          id={`${id}-cond`}
          definition={definition}
          targetId={page.id}
          condition={page.condition}
          onChange={(condition, key) => dispatch({ type: 'updatePage', pageId: page.id, patch: { condition } }, key)}
        />
      </div>
    );
  }

  const loc = findElement(definition, selectedId);
  if (!loc) return <p className="pp-empty">{d('nothingSelected')}</p>;
  const element = loc.element;
  const patch = (p: ElementPatch, coalesceKey?: string) => dispatch({ type: 'update', elementId: element.id, patch: p }, coalesceKey);
  const groupProps = { element, definition, patch, dispatch };
  return (
    <div className="pp-panel" key={element.id}>
      <h3>{t('selected', { name: `${elementTitle(element, lang)} (${kindName(element.kind, lang)})` })}</h3>
      <GeneralGroup {...groupProps} />
      {specOf(element.kind).designer.propertyGroups.filter((g) => OWN_PLACE_GROUPS.has(g)).map((name) => {
        const View = PROPERTY_GROUP_VIEWS[name];
        return <View key={name} {...groupProps} />;
      })}
      <ProjectFieldEntry
        id={`pp-${element.id}-project-field`}
        element={element}
        inGroup={loc.ancestors.some((id) => findElement(definition, id)?.element.kind === 'group')}
        projectData={projectData}
        direction={projectDataDirection}
        onChange={(projectField) => patch({ projectField })}
      />
      <IdentityFieldEntry
        id={`pp-${element.id}-identity-field`}
        element={element}
        inGroup={loc.ancestors.some((id) => findElement(definition, id)?.element.kind === 'group')}
        onChange={(identityField) => patch({ identityField })}
      />
      <LimitsGroup {...groupProps} />
      <ConditionEntry
        id={`pp-${element.id}-cond`}
        definition={definition}
        targetId={element.id}
        condition={element.condition}
        onChange={(condition, key) => patch({ condition }, key)}
      />
      <MoveGroup elementId={element.id} definition={definition} dispatch={dispatch} />
    </div>
  );
}
