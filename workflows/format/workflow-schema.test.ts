import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { workflowDefinitionSchema } from './workflow-schema';

const ajv = new Ajv({ allErrors: true, strict: true });
const check = ajv.compile(workflowDefinitionSchema);

describe('workflowDefinitionSchema', () => {
  it('accepts a well-formed notification workflow', () => {
    const ok = check({
      states: [
        { id: 'SUBMITTED', label: { fi: 'Lähetetty', sv: 'Skickad', en: 'Submitted' }, customerVisible: true, initial: true },
        { id: 'ACKNOWLEDGED', label: { fi: 'Kuitattu', sv: 'Kvitterad', en: 'Acknowledged' }, customerVisible: true, final: true },
      ],
      transitions: [
        { event: 'ACKNOWLEDGE', from: ['SUBMITTED'], to: 'ACKNOWLEDGED', label: { fi: 'Kuittaa' }, roles: ['handler'] },
      ],
    });
    expect(check.errors).toBeNull();
    expect(ok).toBe(true);
  });

  it('rejects an unknown role, a missing label and an extra property', () => {
    const ok = check({
      states: [{ id: 'SUBMITTED', customerVisible: true, colour: 'red' }],
      transitions: [{ event: 'RECEIVE', from: ['SUBMITTED'], to: 'RECEIVED', label: {}, roles: ['mayor'] }],
    });
    expect(ok).toBe(false);
    const paths = (check.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toContain('/states/0 required');
    expect(paths).toContain('/states/0 additionalProperties');
    expect(paths).toContain('/transitions/0/roles/0 enum');
  });
});
