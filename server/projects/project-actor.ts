/**
 * Who works on projects in this request: an e-mail-code customer, a strongly identified person for
 * themselves, or a person for the company whose mandate they hold now (checked again on every
 * request through server/mandates: an ended mandate is refused with 403 mandate_ended). What a
 * project's send records of them is what a single send records (server/submissions/submit.ts).
 */
import type { Request } from 'express';
import type { FormData, ServiceDefinition } from '../../form-library/format/types';
import {
  fillIdentityFields, identityFieldPaths, type IdentifiedCompany, type IdentifiedPerson, type IdentityFieldPath,
} from '../../form-library/identity/identity-fields';
import type { CustomerViewer } from '../../permissions/acting-for';
import type { AppContext } from '../context';
import { unauthenticated } from '../http/errors';
import { checkedChoice } from '../mandates/acting-for';
import type { SenderIdentity } from '../submissions/submit';

/**
 * A service's identity fields as the send will fill them (server/submissions/submit.ts): from a
 * strong identity (and the company acted for), for a service that asks for identification. An
 * e-mail customer's answers stay as they are.
 */
export interface IdentityFill {
  fill(service: ServiceDefinition, data: FormData): FormData;
  /** The fields it fills, which the permit's page shows read-only. */
  paths(service: ServiceDefinition): IdentityFieldPath[];
}

export const NO_IDENTITY_FILL: IdentityFill = { fill: (_service, data) => data, paths: () => [] };

function identityFill(person: IdentifiedPerson, company: IdentifiedCompany | null): IdentityFill {
  const asks = (service: ServiceDefinition) => (service.identification ?? 'none') !== 'none';
  return {
    fill: (service, data) => (asks(service) ? fillIdentityFields(service.form, data, person, company) : data),
    paths: (service) => (asks(service) ? identityFieldPaths(service.form, company) : []),
  };
}

export interface ProjectActor {
  viewer: CustomerViewer;
  /** The company acted for, with its name as the mandates source gave it; null otherwise. */
  company: { businessId: string; name: string } | null;
  /** The sender as a permit's send records them. */
  sender: SenderIdentity;
  fill: IdentityFill;
}

export async function projectActorOf(ctx: AppContext, req: Request): Promise<ProjectActor> {
  const person = req.person;
  if (person) {
    const choice = await checkedChoice(ctx, person);
    const company = choice ? { businessId: choice.businessId, name: choice.name } : null;
    return {
      viewer: company ? { kind: 'company', personKey: person.personKey, businessId: company.businessId } : { kind: 'person', personKey: person.personKey },
      company,
      sender: { identification: 'strong', person, personKey: person.personKey, actingFor: company },
      fill: identityFill(person, company),
    };
  }
  if (req.customer) {
    const email = req.customer.email;
    return { viewer: { kind: 'email', email }, company: null, sender: { identification: 'email', email }, fill: NO_IDENTITY_FILL };
  }
  throw unauthenticated('Customer sign-in required');
}
