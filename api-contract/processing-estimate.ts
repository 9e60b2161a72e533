/**
 * How long a service at an authority usually takes (käsittelyajan ennuste), for the answers that
 * carry it beside a form, a case, a deployment or a project's permit (projects.ts re-exports it).
 */
import { Type, type Static } from '@sinclair/typebox';
import { OrNull } from './schema-kit';

/**
 * From sending to decision, without the time spent waiting for the customer. `measured` from ten
 * or more real cases; otherwise `target`, the deployment's response time, which the page must call
 * a target, not a measured figure.
 */
export const ProcessingEstimate = OrNull(
  Type.Union([
    Type.Object({
      kind: Type.Literal('measured'),
      medianDays: Type.Integer({ minimum: 0 }),
      p80Days: Type.Integer({ minimum: 0, description: '80th percentile' }),
      cases: Type.Integer({ minimum: 10, description: 'decided cases it was measured from' }),
    }),
    Type.Object({ kind: Type.Literal('target'), days: Type.Integer({ minimum: 0, description: 'the deployment’s response time' }) }),
  ]),
  { description: 'null: neither enough decided cases nor a response time' },
);
export type ProcessingEstimate = Static<typeof ProcessingEstimate>;
