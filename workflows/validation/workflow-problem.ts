/**
 * Problems the workflow validator reports; their wording in fi/sv/en is the workflow catalog's. `message` on a problem
 * is English (for logs and API clients); a UI shows `describeWorkflowProblem(p, lang)`.
 */
import type { Lang } from '../../languages/localized-text';
import { workflowProblemTexts } from '../../i18n/catalogs/workflow';
import { translator } from '../../i18n/translate';

export type WorkflowProblemCode =
  | 'no_states'
  | 'no_initial_state'
  | 'multiple_initial_states'
  | 'initial_state_is_final'
  | 'no_final_state'
  | 'duplicate_state_id'
  | 'invalid_state_id'
  | 'invalid_event_name'
  | 'unknown_from_state'
  | 'unknown_to_state'
  | 'empty_from'
  | 'unreachable_state'
  | 'transition_from_final_state'
  | 'duplicate_event_in_state'
  | 'empty_roles'
  | 'dead_end_state'
  | 'missing_translation';

export type WorkflowProblemSeverity = 'error' | 'warning';

export type WorkflowProblemParams = Record<string, string | number>;

export interface WorkflowProblem {
  code: WorkflowProblemCode;
  /** Dotted path into the definition, e.g. 'transitions.3.from.0' or 'states.1.label.sv'. */
  path: string;
  /** English, for logs and API clients. */
  message: string;
  severity: WorkflowProblemSeverity;
  params: WorkflowProblemParams;
}

/** The problem as a sentence in the given language. */
export function describeWorkflowProblem(problem: Pick<WorkflowProblem, 'code' | 'params'>, lang: Lang): string {
  return translator(workflowProblemTexts, lang)(problem.code, problem.params);
}

export function makeProblem(
  code: WorkflowProblemCode,
  path: string,
  params: WorkflowProblemParams,
  severity: WorkflowProblemSeverity = 'error',
): WorkflowProblem {
  return { code, path, severity, params, message: describeWorkflowProblem({ code, params }, 'en') };
}
