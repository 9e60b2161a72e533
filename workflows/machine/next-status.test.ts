import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import type { WorkflowDefinition } from '../format/types';
import { applicationTemplate, notificationTemplate } from '../templates';
import { compileWorkflow, WorkflowCompileError } from './compile-machine';
import { describeRefusal } from './describe-refusal';
import {
  availableTransitions,
  customerStatus,
  initialStatus,
  isFinal,
  nextStatus,
  workflowMachine,
} from './next-status';

describe('nextStatus on the application template', () => {
  it('lets a handler receive a submitted application', () => {
    const result = nextStatus(applicationTemplate, 'SUBMITTED', 'RECEIVE', 'handler');
    expect(result).toMatchObject({ ok: true, status: 'RECEIVED' });
    if (result.ok) expect(result.transition.customerAlert?.fi).toBe('Viranomainen on vastaanottanut hakemuksesi.');
  });

  it('walks the whole happy path with an information request in the middle', () => {
    const steps: Array<[string, 'handler' | 'customer', string?]> = [
      ['RECEIVE', 'handler'],
      ['START', 'handler'],
      ['REQUEST_INFO', 'handler', 'Lisää tapahtuma-alueen kartta, jossa näkyvät poistumistiet.'],
      ['SUPPLEMENT', 'customer'],
      ['DECIDE', 'handler', 'Myönnetty ehdoin: järjestyksenvalvojia vähintään 6.'],
      ['CLOSE', 'handler'],
    ];
    let status = initialStatus(applicationTemplate);
    const visited = [status];
    for (const [event, role, comment] of steps) {
      const result = nextStatus(applicationTemplate, status, event, role, { comment });
      if (!result.ok) throw new Error(result.message);
      status = result.status;
      visited.push(status);
    }
    expect(visited).toEqual(['SUBMITTED', 'RECEIVED', 'IN_PROCESSING', 'INFO_REQUESTED', 'IN_PROCESSING', 'DECIDED', 'CLOSED']);
    expect(isFinal(applicationTemplate, status)).toBe(true);
  });

  it('refuses an event that does not leave the current status, naming the allowed ones', () => {
    const result = nextStatus(applicationTemplate, 'SUBMITTED', 'DECIDE', 'handler', { comment: 'Myönnetty' });
    expect(result).toEqual({
      ok: false,
      code: 'illegal_transition',
      allowed: ['RECEIVE'],
      message: 'Event DECIDE is not allowed in status SUBMITTED (allowed: RECEIVE).',
    });
  });

  it('refuses a handler firing the customer’s SUPPLEMENT', () => {
    const result = nextStatus(applicationTemplate, 'INFO_REQUESTED', 'SUPPLEMENT', 'handler');
    expect(result).toMatchObject({ ok: false, code: 'forbidden_role', allowed: [] });
  });

  it('refuses a customer deciding their own application', () => {
    const result = nextStatus(applicationTemplate, 'IN_PROCESSING', 'DECIDE', 'customer', { comment: 'Hyväksyn itse' });
    expect(result).toMatchObject({ ok: false, code: 'forbidden_role', allowed: ['CANCEL'] });
  });

  it('requires a comment on a decision and on an information request; whitespace is no comment', () => {
    expect(nextStatus(applicationTemplate, 'IN_PROCESSING', 'DECIDE', 'handler')).toMatchObject({ ok: false, code: 'comment_required' });
    expect(nextStatus(applicationTemplate, 'IN_PROCESSING', 'REQUEST_INFO', 'handler', { comment: '   ' })).toMatchObject({
      ok: false,
      code: 'comment_required',
      allowed: ['REQUEST_INFO', 'DECIDE'],
    });
  });

  it('refuses everything from a final status', () => {
    for (const [event, role] of [['CANCEL', 'customer'], ['CLOSE', 'handler'], ['START', 'handler']] as const) {
      expect(nextStatus(applicationTemplate, 'CLOSED', event, role)).toMatchObject({ ok: false, code: 'illegal_transition', allowed: [] });
    }
  });

  it('lets the customer cancel from every non-final status', () => {
    for (const status of ['SUBMITTED', 'RECEIVED', 'IN_PROCESSING', 'INFO_REQUESTED', 'DECIDED']) {
      expect(nextStatus(applicationTemplate, status, 'CANCEL', 'customer')).toMatchObject({ ok: true, status: 'CANCELLED' });
    }
    expect(nextStatus(applicationTemplate, 'RECEIVED', 'CANCEL', 'handler')).toMatchObject({ ok: false, code: 'forbidden_role' });
  });

  it('reports a status the workflow does not have', () => {
    expect(nextStatus(applicationTemplate, 'ARCHIVED', 'CLOSE', 'handler')).toMatchObject({ ok: false, code: 'unknown_status', allowed: [] });
  });
});

describe('nextStatus on the notification template', () => {
  it('acknowledges a notification, alerting the customer', () => {
    const result = nextStatus(notificationTemplate, 'SUBMITTED', 'ACKNOWLEDGE', 'handler');
    expect(result).toMatchObject({ ok: true, status: 'ACKNOWLEDGED' });
    if (result.ok) expect(result.transition.customerAlert?.sv).toContain('anmälan');
    expect(nextStatus(notificationTemplate, 'ACKNOWLEDGED', 'CANCEL', 'customer')).toMatchObject({ ok: false, code: 'illegal_transition' });
  });
});

describe('availableTransitions', () => {
  it('lists what each role may fire now', () => {
    const events = (status: string, role: 'handler' | 'customer') =>
      availableTransitions(applicationTemplate, status, role).map((t) => t.event);
    expect(events('IN_PROCESSING', 'handler')).toEqual(['REQUEST_INFO', 'DECIDE']);
    expect(events('INFO_REQUESTED', 'customer')).toEqual(['SUPPLEMENT', 'CANCEL']);
    expect(events('CANCELLED', 'customer')).toEqual([]);
    expect(events('NOWHERE', 'handler')).toEqual([]);
  });
});

describe('customerStatus', () => {
  it('shows the customer the last status they may see', () => {
    const def: WorkflowDefinition = structuredClone(applicationTemplate);
    def.states.find((s) => s.id === 'IN_PROCESSING')!.customerVisible = false;
    expect(customerStatus(def, ['SUBMITTED', 'RECEIVED', 'IN_PROCESSING'])).toBe('RECEIVED');
    expect(customerStatus(def, ['SUBMITTED', 'RECEIVED', 'IN_PROCESSING', 'DECIDED'])).toBe('DECIDED');
    expect(customerStatus(def, [])).toBeNull();
    expect(customerStatus(applicationTemplate, ['SUBMITTED', 'RECEIVED', 'IN_PROCESSING'])).toBe('IN_PROCESSING');
  });
});

describe('the compiled machine', () => {
  it('is cached per definition object', () => {
    expect(workflowMachine(applicationTemplate)).toBe(workflowMachine(applicationTemplate));
    const edited: WorkflowDefinition = structuredClone(applicationTemplate);
    edited.transitions[0].roles = ['handler', 'customer'];
    expect(workflowMachine(edited)).not.toBe(workflowMachine(applicationTemplate));
  });

  it('reuses the machine for an identical definition parsed anew, as a server reading it from the database does', () => {
    const parsed = JSON.parse(JSON.stringify(applicationTemplate)) as WorkflowDefinition;
    expect(workflowMachine(parsed)).toBe(workflowMachine(applicationTemplate));
    expect(nextStatus(parsed, 'SUBMITTED', 'RECEIVE', 'handler')).toMatchObject({ ok: true, transition: parsed.transitions[0] });
  });

  it('agrees with XState’s own transition() for every event, role and status of both templates', () => {
    for (const def of [applicationTemplate, notificationTemplate]) {
      const machine = workflowMachine(def);
      for (const state of def.states) {
        for (const { event } of def.transitions) {
          for (const role of ['handler', 'customer'] as const) {
            for (const comment of [undefined, 'Perustelut liitteenä.']) {
              const snapshot = machine.resolveState({ value: state.id });
              const [next] = transition(machine, snapshot, { type: event, role, comment });
              const result = nextStatus(def, state.id, event, role, { comment });
              expect(result.ok ? result.status : state.id, `${state.id} ${event} ${role} ${comment}`).toBe(next.value);
            }
          }
        }
      }
    }
  });

  it('runs as an actor too, for the builder’s simulator', () => {
    const actor = createActor(compileWorkflow(notificationTemplate)).start();
    actor.send({ type: 'ACKNOWLEDGE', role: 'customer' });
    expect(actor.getSnapshot().value).toBe('SUBMITTED');
    actor.send({ type: 'ACKNOWLEDGE', role: 'handler' });
    expect(actor.getSnapshot().value).toBe('ACKNOWLEDGED');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('refuses to compile a workflow it cannot run, with the problems attached', () => {
    const def: WorkflowDefinition = structuredClone(applicationTemplate);
    def.transitions[0].to = 'ACCEPTED';
    expect(() => compileWorkflow(def)).toThrow(WorkflowCompileError);
    try {
      compileWorkflow(def);
    } catch (error) {
      expect((error as WorkflowCompileError).problems.map((p) => p.code)).toEqual(['unknown_to_state']);
    }
  });

  it('still compiles a draft with only an unreachable state, so it can be simulated', () => {
    const def: WorkflowDefinition = structuredClone(applicationTemplate);
    def.states.push({ id: 'ARCHIVED', label: { fi: 'Arkistoitu', sv: 'Arkiverad', en: 'Archived' }, customerVisible: false, final: true });
    expect(nextStatus(def, 'SUBMITTED', 'RECEIVE', 'handler')).toMatchObject({ ok: true, status: 'RECEIVED' });
  });

  it('handles a transition back into the same status', () => {
    const def: WorkflowDefinition = structuredClone(applicationTemplate);
    def.transitions.push({ event: 'REMIND', from: ['INFO_REQUESTED'], to: 'INFO_REQUESTED', label: { fi: 'Muistuta', sv: 'Påminn', en: 'Remind' }, roles: ['handler'] });
    expect(nextStatus(def, 'INFO_REQUESTED', 'REMIND', 'handler')).toMatchObject({ ok: true, status: 'INFO_REQUESTED', transition: { event: 'REMIND' } });
  });
});

describe('describeRefusal', () => {
  it('explains a refusal in each language', () => {
    const result = nextStatus(applicationTemplate, 'SUBMITTED', 'CLOSE', 'handler');
    if (result.ok) throw new Error('expected a refusal');
    const refusal = { ...result, event: 'CLOSE', status: 'SUBMITTED' };
    expect(describeRefusal(refusal, 'fi')).toBe('Siirtymää CLOSE ei voi tehdä tilassa SUBMITTED. Sallitut: RECEIVE.');
    expect(describeRefusal(refusal, 'sv')).toBe('Övergången CLOSE kan inte göras i tillståndet SUBMITTED. Tillåtna: RECEIVE.');
    expect(describeRefusal({ ...refusal, code: 'comment_required', event: 'DECIDE' }, 'en')).toBe('DECIDE requires a comment.');
  });
});
