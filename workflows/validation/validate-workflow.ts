/**
 * Rules a workflow must keep before it can be published or compiled: one initial state, a final
 * state, known and reachable states, unambiguous events, someone allowed to fire each transition.
 * Missing translations are warnings: the pack's language gate decides what blocks publishing.
 */
import { LANGS, type LocalizedText } from '../../languages/localized-text';
import type { WorkflowDefinition } from '../format/types';
import { makeProblem, type WorkflowProblem } from './workflow-problem';

/** State ids and event names: UPPER_SNAKE, e.g. 'IN_PROCESSING', 'REQUEST_INFO'. */
export const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

export function isUpperSnake(id: string): boolean {
  return UPPER_SNAKE.test(id);
}

/** Problems that make a definition impossible to run as a machine. */
export const FATAL_WORKFLOW_PROBLEMS = new Set<WorkflowProblem['code']>([
  'no_states',
  'no_initial_state',
  'multiple_initial_states',
  'duplicate_state_id',
  'invalid_state_id',
  'invalid_event_name',
  'unknown_from_state',
  'unknown_to_state',
]);

export function validateWorkflow(def: WorkflowDefinition): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const states = def.states ?? [];
  const transitions = def.transitions ?? [];

  // States: ids, duplicates, initial and final markers.
  const known = new Set<string>();
  const finals = new Set<string>();
  states.forEach((state, i) => {
    if (!isUpperSnake(state.id)) {
      problems.push(makeProblem('invalid_state_id', `states.${i}.id`, { state: state.id }));
    }
    if (known.has(state.id)) {
      problems.push(makeProblem('duplicate_state_id', `states.${i}.id`, { state: state.id }));
    }
    known.add(state.id);
    if (state.final) finals.add(state.id);
    if (state.initial && state.final) {
      problems.push(makeProblem('initial_state_is_final', `states.${i}`, { state: state.id }));
    }
  });

  const initials = states.filter((s) => s.initial);
  if (states.length === 0) {
    problems.push(makeProblem('no_states', 'states', {}));
  } else if (initials.length === 0) {
    problems.push(makeProblem('no_initial_state', 'states', {}));
  } else if (initials.length > 1) {
    problems.push(
      makeProblem('multiple_initial_states', 'states', { states: initials.map((s) => s.id).join(', ') }),
    );
  }
  if (states.length > 0 && finals.size === 0) {
    problems.push(makeProblem('no_final_state', 'states', {}));
  }

  // Transitions: names, endpoints, roles, ambiguity per state.
  const eventsByState = new Map<string, Set<string>>();
  transitions.forEach((t, i) => {
    const at = `transitions.${i}`;
    if (!isUpperSnake(t.event)) {
      problems.push(makeProblem('invalid_event_name', `${at}.event`, { event: t.event }));
    }
    const fromStates = Array.isArray(t.from) ? t.from : [];
    if (fromStates.length === 0) problems.push(makeProblem('empty_from', `${at}.from`, { event: t.event }));
    fromStates.forEach((from, j) => {
      if (!known.has(from)) {
        problems.push(makeProblem('unknown_from_state', `${at}.from.${j}`, { event: t.event, state: from }));
        return;
      }
      if (finals.has(from)) {
        problems.push(
          makeProblem('transition_from_final_state', `${at}.from.${j}`, { event: t.event, state: from }),
        );
      }
      const events = eventsByState.get(from) ?? new Set<string>();
      if (events.has(t.event)) {
        problems.push(makeProblem('duplicate_event_in_state', `${at}.event`, { event: t.event, state: from }));
      }
      events.add(t.event);
      eventsByState.set(from, events);
    });
    if (!known.has(t.to)) {
      problems.push(makeProblem('unknown_to_state', `${at}.to`, { event: t.event, state: t.to }));
    }
    if (!t.roles || t.roles.length === 0) {
      problems.push(makeProblem('empty_roles', `${at}.roles`, { event: t.event }));
    }
  });

  // Reachability from the initial state(s); only meaningful when there is one to start from.
  if (initials.length > 0) {
    const reached = reachableFrom(
      initials.map((s) => s.id),
      def,
    );
    states.forEach((state, i) => {
      if (!reached.has(state.id)) {
        problems.push(makeProblem('unreachable_state', `states.${i}`, { state: state.id }));
      }
    });
  }
  states.forEach((state, i) => {
    if (!state.final && !eventsByState.has(state.id)) {
      problems.push(makeProblem('dead_end_state', `states.${i}`, { state: state.id }, 'warning'));
    }
  });

  // Texts in every language.
  states.forEach((state, i) => {
    problems.push(...missingTranslations(state.label, `states.${i}.label`, 'stateLabel', state.id));
  });
  transitions.forEach((t, i) => {
    problems.push(...missingTranslations(t.label, `transitions.${i}.label`, 'transitionLabel', t.event));
    if (t.customerAlert) {
      problems.push(...missingTranslations(t.customerAlert, `transitions.${i}.customerAlert`, 'customerAlert', t.event));
    }
  });

  return problems;
}

/** True when the definition has no error-level problem (warnings allowed). */
export function isWorkflowValid(def: WorkflowDefinition): boolean {
  return validateWorkflow(def).every((p) => p.severity !== 'error');
}

function reachableFrom(start: string[], def: WorkflowDefinition): Set<string> {
  const reached = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    const state = queue.shift() as string;
    for (const t of def.transitions) {
      if (Array.isArray(t.from) && t.from.includes(state) && !reached.has(t.to)) {
        reached.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return reached;
}

function missingTranslations(
  text: LocalizedText | undefined,
  path: string,
  owner: 'stateLabel' | 'transitionLabel' | 'customerAlert',
  id: string,
): WorkflowProblem[] {
  return LANGS.filter((lang) => !text?.[lang]?.trim()).map((lang) =>
    makeProblem('missing_translation', `${path}.${lang}`, { owner, id, lang }, 'warning'),
  );
}
