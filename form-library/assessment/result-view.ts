/**
 * The result of an assessment as the API answers it (POST /api/assessment-results, GET
 * /api/assessment-results/:id) and the customer's pages read it: one shape for both sides.
 * Texts are in the request's language.
 */
import type { AssessmentLevel, FormData, FormDefinition, ServiceKind, ServiceRef } from '../format/types';

/** How the customer gets to a service in the municipality. */
export type ServiceOffer =
  /** Offered electronically: start it at the deployment, handled by its authority. */
  | { kind: 'online'; deploymentId: number; packVersion: number; authority: { id: string; name: string }; estimate: ProcessingEstimate | null }
  /** Needed, but not offered electronically here: contact the authority (null when the reference data names none). */
  | { kind: 'contact'; authority: { id: string; name: string } | null }
  /** No published version holds the service any more (withdrawn since the rule was written). */
  | { kind: 'withdrawn' };

/**
 * How long handling takes. Until decided cases are counted per service and authority, the
 * deployment's response time stands in, and it is a target, not a measured figure.
 */
export type ProcessingEstimate = { kind: 'target'; days: number };

export interface ResultReason {
  rule: string;
  level: AssessmentLevel;
  reason: string;
  legalSource: string;
}

export interface ResultService {
  service: ServiceRef;
  kind: ServiceKind | null;
  name: string;
  description: string;
  level: AssessmentLevel;
  reasons: ResultReason[];
  offer: ServiceOffer;
}

export interface AssessmentResultView {
  id: string;
  createdAt: string;
  assessment: { pack: string; id: string; version: number; name: string; description: string };
  municipality: { code: string; fi: string; sv: string };
  /** The answers as kept (hidden and blank ones dropped), and the questions, to show them back. */
  answers: FormData;
  form: FormDefinition;
  /** Needed first, then maybe needed. */
  services: ResultService[];
  /** How many of the services can be started online here (0: the municipality offers none of them). */
  onlineCount: number;
}
