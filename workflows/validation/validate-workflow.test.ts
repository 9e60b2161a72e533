import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../format/types';
import { applicationTemplate } from '../templates';
import { isWorkflowValid, validateWorkflow } from './validate-workflow';
import { describeWorkflowProblem, type WorkflowProblemCode } from './workflow-problem';

/** A fresh, editable copy of the application template to break in one way per test. */
function application(): WorkflowDefinition {
  return structuredClone(applicationTemplate);
}

function errors(def: WorkflowDefinition) {
  return validateWorkflow(def).filter((p) => p.severity === 'error');
}

function only(def: WorkflowDefinition, code: WorkflowProblemCode) {
  return validateWorkflow(def).filter((p) => p.code === code);
}

describe('validateWorkflow', () => {
  it('accepts the application template without any problem', () => {
    expect(validateWorkflow(application())).toEqual([]);
  });

  it('rejects a workflow with no states at all', () => {
    expect(errors({ states: [], transitions: [] }).map((p) => p.code)).toEqual(['no_states']);
  });

  it('rejects a workflow without an initial state', () => {
    const def = application();
    delete def.states[0].initial;
    const [problem] = only(def, 'no_initial_state');
    expect(problem).toMatchObject({ path: 'states', severity: 'error' });
    expect(problem.message).toBe('The workflow has no initial state: mark one state as initial.');
  });

  it('rejects more than one initial state, naming them', () => {
    const def = application();
    def.states[1].initial = true;
    const [problem] = only(def, 'multiple_initial_states');
    expect(problem.params).toEqual({ states: 'SUBMITTED, RECEIVED' });
    expect(problem.message).toContain('SUBMITTED, RECEIVED');
  });

  it('rejects a workflow without a final state', () => {
    const def = application();
    def.states.forEach((s) => delete s.final);
    expect(only(def, 'no_final_state')).toHaveLength(1);
  });

  it('rejects a state that is both initial and final', () => {
    const def = application();
    def.states[0].final = true;
    expect(only(def, 'initial_state_is_final')[0]).toMatchObject({ path: 'states.0', params: { state: 'SUBMITTED' } });
  });

  it('rejects a transition from an unknown state, pointing at the from entry', () => {
    const def = application();
    def.transitions[1].from = ['RECIEVED'];
    const [problem] = only(def, 'unknown_from_state');
    expect(problem.path).toBe('transitions.1.from.0');
    expect(problem.message).toBe('Transition START leaves from state RECIEVED, which does not exist.');
  });

  it('rejects a transition that leaves from no state', () => {
    const def = application();
    def.transitions[5].from = [];
    expect(only(def, 'empty_from')[0]).toMatchObject({ path: 'transitions.5.from', params: { event: 'CLOSE' } });
  });

  it('rejects a transition to an unknown state', () => {
    const def = application();
    def.transitions[4].to = 'APPROVED';
    const [problem] = only(def, 'unknown_to_state');
    expect(problem).toMatchObject({ path: 'transitions.4.to', params: { event: 'DECIDE', state: 'APPROVED' } });
  });

  it('rejects a state no transition leads to', () => {
    const def = application();
    def.states.splice(5, 0, { id: 'ON_HOLD', label: { fi: 'Odottaa', sv: 'Väntar', en: 'On hold' }, customerVisible: false, final: true });
    const [problem] = only(def, 'unreachable_state');
    expect(problem).toMatchObject({ path: 'states.5', params: { state: 'ON_HOLD' } });
  });

  it('rejects a transition leaving a final state', () => {
    const def = application();
    def.transitions.push({ event: 'REOPEN', from: ['CLOSED'], to: 'IN_PROCESSING', label: { fi: 'Avaa uudelleen', sv: 'Öppna igen', en: 'Reopen' }, roles: ['handler'] });
    const [problem] = only(def, 'transition_from_final_state');
    expect(problem).toMatchObject({ path: 'transitions.7.from.0', params: { event: 'REOPEN', state: 'CLOSED' } });
  });

  it('rejects the same event twice in one state', () => {
    const def = application();
    def.transitions.push({ event: 'DECIDE', from: ['IN_PROCESSING'], to: 'CLOSED', label: { fi: 'Ratkaise', sv: 'Avgör', en: 'Decide' }, roles: ['handler'] });
    const [problem] = only(def, 'duplicate_event_in_state');
    expect(problem).toMatchObject({ path: 'transitions.7.event', params: { event: 'DECIDE', state: 'IN_PROCESSING' } });
  });

  it('allows the same event name in different states (CANCEL leaves from five)', () => {
    expect(only(application(), 'duplicate_event_in_state')).toEqual([]);
  });

  it('rejects two states with the same id', () => {
    const def = application();
    def.states[2].id = 'RECEIVED';
    expect(only(def, 'duplicate_state_id')[0]).toMatchObject({ path: 'states.2.id', params: { state: 'RECEIVED' } });
  });

  it('rejects state ids and event names that are not UPPER_SNAKE', () => {
    const def = application();
    def.states[1].id = 'received';
    def.transitions[0].to = 'received';
    def.transitions[1].from = ['received'];
    def.transitions.find((t) => t.event === 'CANCEL')!.from[1] = 'received';
    def.transitions[2].event = 'request-info';
    expect(only(def, 'invalid_state_id')[0]).toMatchObject({ path: 'states.1.id', params: { state: 'received' } });
    expect(only(def, 'invalid_event_name')[0]).toMatchObject({ path: 'transitions.2.event', params: { event: 'request-info' } });
    for (const bad of ['IN__PROCESSING', '_START', 'START_', '1ST', 'Käsittely']) {
      def.states[1].id = bad;
      expect(only(def, 'invalid_state_id').map((p) => p.params.state)).toEqual([bad]);
    }
  });

  it('rejects a transition nobody may fire', () => {
    const def = application();
    def.transitions[5].roles = [];
    expect(only(def, 'empty_roles')[0]).toMatchObject({ path: 'transitions.5.roles', params: { event: 'CLOSE' } });
  });

  it('warns about a non-final state with no way out', () => {
    const def = application();
    def.transitions = def.transitions.filter((t) => t.event !== 'CLOSE');
    const problems = only(def, 'dead_end_state');
    expect(problems).toHaveLength(0); // CANCEL still leaves DECIDED
    def.transitions = def.transitions.filter((t) => t.event !== 'CANCEL');
    expect(only(def, 'dead_end_state')[0]).toMatchObject({ severity: 'warning', params: { state: 'DECIDED' } });
  });

  it('warns, without failing validity, when a label or alert lacks a language', () => {
    const def = application();
    delete def.states[3].label.sv;
    def.transitions[0].customerAlert!.en = '  ';
    const problems = only(def, 'missing_translation');
    expect(problems.map((p) => p.path)).toEqual(['states.3.label.sv', 'transitions.0.customerAlert.en']);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(isWorkflowValid(def)).toBe(true);
    expect(problems[0].message).toBe('The label of state INFO_REQUESTED is missing in Swedish.');
  });

  it('reports a broken workflow as invalid', () => {
    const def = application();
    def.transitions[4].to = 'APPROVED';
    expect(isWorkflowValid(def)).toBe(false);
  });
});

describe('describeWorkflowProblem', () => {
  it('words a problem in Finnish, Swedish and English', () => {
    const def = application();
    def.transitions[4].to = 'APPROVED';
    const [problem] = only(def, 'unknown_to_state');
    expect(describeWorkflowProblem(problem, 'fi')).toBe('Siirtymä DECIDE vie tilaan APPROVED, jota ei ole olemassa.');
    expect(describeWorkflowProblem(problem, 'sv')).toBe('Övergången DECIDE leder till tillståndet APPROVED, som inte finns.');
    expect(describeWorkflowProblem(problem, 'en')).toBe(problem.message);
  });

  it('names the missing language in the reader’s language', () => {
    const def = application();
    delete def.transitions[2].label.fi;
    const [problem] = only(def, 'missing_translation');
    expect(describeWorkflowProblem(problem, 'fi')).toBe('Siirtymän REQUEST_INFO nimi puuttuu suomeksi.');
    expect(describeWorkflowProblem(problem, 'sv')).toBe('Namnet på övergången REQUEST_INFO saknas på finska.');
  });

  it('has a wording for every code in every language', () => {
    const codes: WorkflowProblemCode[] = [
      'no_states', 'no_initial_state', 'multiple_initial_states', 'initial_state_is_final', 'no_final_state',
      'duplicate_state_id', 'invalid_state_id', 'invalid_event_name', 'unknown_from_state', 'unknown_to_state',
      'empty_from', 'unreachable_state', 'transition_from_final_state', 'duplicate_event_in_state', 'empty_roles', 'dead_end_state',
      'missing_translation',
    ];
    for (const code of codes) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const text = describeWorkflowProblem({ code, params: { state: 'DECIDED', event: 'CLOSE', states: 'A, B', owner: 'stateLabel', id: 'DECIDED', lang: 'sv' } }, lang);
        expect(text.length, `${code}/${lang}`).toBeGreaterThan(10);
        expect(text).not.toContain('undefined');
      }
    }
  });
});
