/** Permit-needs assessments: evaluating their rules, and what stops one from being published. */
export { firedRules, neededServices, runTestCase, sameService, type NeededService, type TestCaseOutcome } from './evaluate-assessment';
export { assessmentProblems, catalogQuestions, findService, type AssessmentCatalog, type AssessmentProblem, type AssessmentProblemCode, type AssessmentProblemParams } from './assessment-problems';
export { describeAssessmentProblem } from './describe-assessment-problem';
export { canHold, placeFields } from './never-fires';
export type { AssessmentResultView, ResultService, ResultReason, ServiceOffer, ProcessingEstimate } from './result-view';
