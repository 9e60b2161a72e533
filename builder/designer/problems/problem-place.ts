/**
 * Where on the designer page a pack problem is fixed: which tab, which service, and what to show
 * there (an element or page of the form, a status or transition of the workflow, a text field of
 * the details). Read from the problem's dotted path into the pack content.
 */
import type { FormPackContent, Lang } from '../../../form-library/format/types';
import type { PackProblem } from '../../../form-library/problems';
import { elementIdAtPath } from './element-at-path';

export type DesignerView = 'form' | 'workflow' | 'service';

export interface ProblemPlace {
  view: DesignerView;
  /** The service to open; absent for the pack's own texts (shown with whichever service is open). */
  serviceId?: string;
  /** The permit-needs assessment to open instead of a service (its designer shows its own problems). */
  assessmentId?: string;
  /** The pack's project data to open instead of a service (target: the element's id). */
  projectData?: boolean;
  /**
   * What to reveal: on the form an element's or page's id; on the workflow 'state:<id>' or
   * 'transition:<index>'; on the details the id of the text field (`sd-name-sv`).
   */
  target?: string;
}

const DETAIL_FIELDS: Record<string, string> = { name: 'name', description: 'desc' };

function detailField(prefix: 'sd-pack-' | 'sd-', property: string, lang: Lang | undefined): string | undefined {
  const field = DETAIL_FIELDS[property];
  return field ? `${prefix}${field}-${lang ?? 'fi'}` : undefined;
}

export function problemPlace(problem: Pick<PackProblem, 'path' | 'lang' | 'elementId'>, content: FormPackContent): ProblemPlace {
  const parts = problem.path.split('.');
  const assessment = parts[0] === 'assessments' ? content.assessments?.[Number(parts[1])] : undefined;
  if (assessment) return { view: 'form', assessmentId: assessment.id };
  if (parts[0] === 'projectData') return { view: 'form', projectData: true, ...(problem.elementId ? { target: problem.elementId } : {}) };
  if (parts[0] !== 'services' || parts.length < 2) {
    return { view: 'service', target: detailField('sd-pack-', parts[0], problem.lang) };
  }
  const service = content.services[Number(parts[1])];
  const serviceId = service?.id;
  const rest = parts.slice(2);
  if (rest[0] === 'form' && service) {
    return { view: 'form', serviceId, target: problem.elementId ?? elementIdAtPath(service.form, rest.slice(1).join('.')) };
  }
  if (rest[0] === 'workflow' && service) {
    const index = Number(rest[2]);
    if (rest[1] === 'states' && service.workflow.states[index]) return { view: 'workflow', serviceId, target: `state:${service.workflow.states[index].id}` };
    if (rest[1] === 'transitions' && service.workflow.transitions[index]) return { view: 'workflow', serviceId, target: `transition:${index}` };
    return { view: 'workflow', serviceId };
  }
  return { view: 'service', serviceId, target: rest[0] ? detailField('sd-', rest[0], problem.lang) : undefined };
}
