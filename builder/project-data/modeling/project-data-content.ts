/**
 * The pack's project data as the designer edits it: a one-page form (form-library's
 * `projectDataForm`) whose page title is the project data's name, changed by the form designer's
 * own operations. Pages cannot be added, removed or moved, and only project data's kinds go in.
 */
import type { FormPackContent, LocalizedText, ProjectDataDefinition } from '../../../form-library/format/types';
import { PROJECT_DATA_KINDS, projectDataForm } from '../../../form-library/projects/project-fields';
import { applyFormOp, ModelingError, type FormOp } from '../../designer/modeling/operations';

export function newProjectData(name: LocalizedText, description: LocalizedText): ProjectDataDefinition {
  return { name, description, elements: [] };
}

/** The project data after one form operation; throws ModelingError for what project data cannot hold. */
export function applyProjectDataOp(def: ProjectDataDefinition, op: FormOp): ProjectDataDefinition {
  if (op.type === 'addPage' || op.type === 'removePage' || op.type === 'movePage') throw new ModelingError('Project data is one page');
  if ((op.type === 'insert' || op.type === 'duplicate') && !PROJECT_DATA_KINDS.includes(op.type === 'insert' ? op.element.kind : op.copy.kind)) {
    throw new ModelingError('Project data holds value fields and sections only');
  }
  const page = applyFormOp(projectDataForm(def), op).pages[0];
  return { ...def, name: page.title, elements: page.elements };
}

export function withProjectData(content: FormPackContent, def: ProjectDataDefinition): FormPackContent {
  return { ...content, projectData: def };
}
