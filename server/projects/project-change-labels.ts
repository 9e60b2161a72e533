/**
 * The names of what a project change touched, as the customer reads them: `data.<key>` is a
 * project data field (its label), `name` and `contact` the project's own. The same ids name the
 * fields of a 409 answer.
 */
import type { Lang, ProjectDataDefinition } from '../../form-library/format/types';
import { projectTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import { projectFieldLabel } from './project-data';

export const DATA_PREFIX = 'data.';

export function changeLabels(def: ProjectDataDefinition | undefined, fields: string[], lang: Lang): string[] {
  const t = translator(projectTexts, lang);
  return fields.map((f) =>
    f === 'name' ? t('field_name') : f === 'contact' ? t('field_contact') : projectFieldLabel(def, f.startsWith(DATA_PREFIX) ? f.slice(DATA_PREFIX.length) : f, lang),
  );
}
