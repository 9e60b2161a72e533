import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { workflowDefinitionSchema } from '../format/workflow-schema';
import { validateWorkflow } from '../validation/validate-workflow';
import { applicationTemplate, notificationTemplate } from '.';

const checkShape = new Ajv({ allErrors: true }).compile(workflowDefinitionSchema);

describe.each([
  ['application', applicationTemplate],
  ['notification', notificationTemplate],
])('the %s template', (_name, template) => {
  it('passes the schema and the validator with no problem, translations included', () => {
    expect(checkShape(template), JSON.stringify(checkShape.errors)).toBe(true);
    expect(validateWorkflow(template)).toEqual([]);
  });

  it('starts at SUBMITTED and lets the customer cancel from every non-final state', () => {
    expect(template.states.find((s) => s.initial)?.id).toBe('SUBMITTED');
    const cancel = template.transitions.find((t) => t.event === 'CANCEL');
    const nonFinal = template.states.filter((s) => !s.final).map((s) => s.id);
    expect(cancel).toMatchObject({ to: 'CANCELLED', roles: ['customer'] });
    expect([...(cancel?.from ?? [])].sort()).toEqual([...nonFinal].sort());
  });

  it('is frozen, so a designer edits a copy and never the template', () => {
    expect(() => {
      (template.states as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('the application template', () => {
  it('requires a comment exactly on REQUEST_INFO and DECIDE', () => {
    expect(applicationTemplate.transitions.filter((t) => t.commentRequired).map((t) => t.event)).toEqual(['REQUEST_INFO', 'DECIDE']);
  });

  it('alerts the customer on RECEIVE, REQUEST_INFO and DECIDE', () => {
    expect(applicationTemplate.transitions.filter((t) => t.customerAlert).map((t) => t.event)).toEqual(['RECEIVE', 'REQUEST_INFO', 'DECIDE']);
  });

  it('gives the customer SUPPLEMENT and CANCEL and the handler the rest', () => {
    const byRole = (role: string) => applicationTemplate.transitions.filter((t) => t.roles.includes(role as 'handler')).map((t) => t.event);
    expect(byRole('customer')).toEqual(['SUPPLEMENT', 'CANCEL']);
    expect(byRole('handler')).toEqual(['RECEIVE', 'START', 'REQUEST_INFO', 'DECIDE', 'CLOSE']);
  });
});
