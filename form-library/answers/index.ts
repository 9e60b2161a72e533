export { formatAnswer, formatDate, type AnswerLookups } from './format-answer';
export { visibleAnswers, type AnswerNode, type AnswerPage, type VisibleAnswersOptions } from './visible-answers';
export { answerRows, LABEL_SEPARATOR, type AnswerRow } from './answer-rows';
