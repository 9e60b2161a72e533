/**
 * The workflow format: states and transitions a designer edits, compiled to an XState v5 machine
 * that decides every status change on the server and is simulated in the builder.
 */
import type { LocalizedText } from '../../languages/localized-text';

/** Who may fire a transition. `customer` fires SUPPLEMENT and CANCEL from the runtime. */
export const WORKFLOW_ROLES = ['handler', 'customer'] as const;
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

export interface WorkflowState {
  /** UPPER_SNAKE id, e.g. 'IN_PROCESSING'; stored as a submission's status. */
  id: string;
  label: LocalizedText;
  /** Whether the customer sees this status; if not, the customer sees the last visible one. */
  customerVisible: boolean;
  initial?: boolean;
  final?: boolean;
}

export interface WorkflowTransition {
  /** UPPER_SNAKE event name, e.g. 'REQUEST_INFO'. */
  event: string;
  /** The states it leaves from (one or more). */
  from: string[];
  to: string;
  label: LocalizedText;
  roles: WorkflowRole[];
  commentRequired?: boolean;
  /** If set, an alert (heräte) with this text goes to the customer when it fires. */
  customerAlert?: LocalizedText;
}

export interface WorkflowDefinition {
  states: WorkflowState[];
  transitions: WorkflowTransition[];
}
