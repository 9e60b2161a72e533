/**
 * Turns a workflow definition (the JSON a designer edits) into an XState v5 machine. The machine
 * is the single judge of status changes: the server asks it, the builder simulates it. Guards are
 * named and typed through `setup()`; each transition carries its index in the definition as meta
 * so a decision can be traced back to the transition that made it.
 */
import { and, setup } from 'xstate';
import type { WorkflowDefinition, WorkflowRole } from '../format/types';
import { FATAL_WORKFLOW_PROBLEMS, validateWorkflow } from '../validation/validate-workflow';
import type { WorkflowProblem } from '../validation/workflow-problem';

/** What fires a transition: the event name, who fires it and the comment they wrote. */
export interface WorkflowEvent {
  type: string;
  role: WorkflowRole;
  comment?: string;
}

/** Meta on each compiled transition: where it sits in `definition.transitions`. */
export interface WorkflowTransitionMeta {
  transitionIndex: number;
}

export const workflowMachineSetup = setup({
  types: {
    events: {} as WorkflowEvent,
  },
  guards: {
    roleAllowed: ({ event }, params: { roles: readonly WorkflowRole[] }) => params.roles.includes(event.role),
    commentPresent: ({ event }) => typeof event.comment === 'string' && event.comment.trim().length > 0,
  },
});

type TransitionConfig = {
  target: string;
  guard: ReturnType<typeof roleGuard> | ReturnType<typeof roleAndCommentGuard>;
  meta: WorkflowTransitionMeta;
};

function roleGuard(roles: readonly WorkflowRole[]) {
  return { type: 'roleAllowed', params: { roles } } as const;
}
function roleAndCommentGuard(roles: readonly WorkflowRole[]) {
  return and([roleGuard(roles), 'commentPresent']);
}

export class WorkflowCompileError extends Error {
  constructor(readonly problems: WorkflowProblem[]) {
    super(`The workflow cannot be compiled: ${problems.map((p) => `${p.path}: ${p.message}`).join(' ')}`);
    this.name = 'WorkflowCompileError';
  }
}

function buildMachine(def: WorkflowDefinition) {
  const states: Record<string, { type?: 'final'; on?: Record<string, TransitionConfig[]> }> = {};
  for (const state of def.states) {
    states[state.id] = state.final ? { type: 'final' } : { on: {} };
  }
  def.transitions.forEach((t, transitionIndex) => {
    for (const from of t.from) {
      const node = states[from];
      // A final state ends the machine: nothing leaves it (the validator reports such transitions).
      if (!node?.on) continue;
      const candidates = (node.on[t.event] ??= []);
      candidates.push({
        target: t.to,
        guard: t.commentRequired ? roleAndCommentGuard(t.roles) : roleGuard(t.roles),
        meta: { transitionIndex },
      });
    }
  });
  const initial = def.states.find((s) => s.initial);
  return workflowMachineSetup.createMachine({
    id: 'workflow',
    initial: initial?.id,
    states,
  });
}

export type WorkflowMachine = ReturnType<typeof buildMachine>;

/**
 * Compiles a definition into a machine. Throws `WorkflowCompileError` when the definition has a
 * problem that makes it unrunnable (no single initial state, unknown or malformed ids); other
 * problems (unreachable states, missing texts) still compile so the builder can simulate a draft.
 */
export function compileWorkflow(def: WorkflowDefinition): WorkflowMachine {
  const fatal = validateWorkflow(def).filter((p) => FATAL_WORKFLOW_PROBLEMS.has(p.code));
  if (fatal.length > 0) throw new WorkflowCompileError(fatal);
  return buildMachine(def);
}
