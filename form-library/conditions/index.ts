export { evaluateCondition, isAnswered, isCombined, compareAnswer, minutesOfDay, conditionFields, type AnswerScope } from './evaluate-condition';
export { walkForm, visiblePages, visibleAnswerMap, isRecord, type ElementVisit, type DataPath } from './walk-form';
export { pruneHidden, hiddenPaths } from './prune-hidden';
