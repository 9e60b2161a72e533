/** The workflow format, its validator, its compiler to an XState machine and the templates. */
export * from './format/types';
export { workflowDefinitionSchema, workflowStateSchema, workflowTransitionSchema } from './format/workflow-schema';
export {
  validateWorkflow,
  isWorkflowValid,
  isUpperSnake,
  UPPER_SNAKE,
  FATAL_WORKFLOW_PROBLEMS,
} from './validation/validate-workflow';
export {
  describeWorkflowProblem,
  type WorkflowProblem,
  type WorkflowProblemCode,
  type WorkflowProblemSeverity,
  type WorkflowProblemParams,
} from './validation/workflow-problem';
export {
  compileWorkflow,
  workflowMachineSetup,
  WorkflowCompileError,
  type WorkflowEvent,
  type WorkflowMachine,
  type WorkflowTransitionMeta,
} from './machine/compile-machine';
export {
  nextStatus,
  availableTransitions,
  initialStatus,
  isFinal,
  customerStatus,
  workflowMachine,
  type NextStatusResult,
  type NextStatusRefusalCode,
} from './machine/next-status';
export { describeRefusal } from './machine/describe-refusal';
export { applicationTemplate, notificationTemplate } from './templates';
