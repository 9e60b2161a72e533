/**
 * An assessment inside the pack the designer edits: helpers that change one assessment (its
 * questions, rules or test cases) and leave the rest of the content shared, as packContent does
 * for services.
 */
import { runTestCase } from '../../../form-library/assessment/evaluate-assessment';
import type { AssessmentDefinition, AssessmentRule, FormData, FormDefinition, FormPackContent, LocalizedText, ServiceRef } from '../../../form-library/format/types';
import { createPage } from '../../designer/modeling/element-factory';
import { slugify } from '../../drafts/pack-content';
import { defaultCondition, ruleQuestions } from './rule-conditions';

export function newAssessment(name: LocalizedText, topic: string, taken: string[]): AssessmentDefinition {
  const base = slugify(name.fi ?? name.sv ?? name.en ?? '') || 'selvitys';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return { id, topic, name, description: {}, form: { pages: [createPage({ pages: [] })] }, rules: [], testCases: [] };
}

export function withAssessment(content: FormPackContent, id: string, change: (a: AssessmentDefinition) => AssessmentDefinition): FormPackContent {
  let changed = false;
  const assessments = (content.assessments ?? []).map((a) => {
    if (a.id !== id) return a;
    const next = change(a);
    if (next !== a) changed = true;
    return next;
  });
  return changed ? { ...content, assessments } : content;
}

export function withAssessmentForm(content: FormPackContent, id: string, form: FormDefinition): FormPackContent {
  return withAssessment(content, id, (a) => (a.form === form ? a : { ...a, form }));
}

/** A new rule on the first question the assessment asks, for `service`, needed, with empty reasons. */
export function newRule(assessment: AssessmentDefinition, service: ServiceRef): AssessmentRule | null {
  const first = ruleQuestions(assessment.form)[0];
  if (!first) return null;
  const taken = new Set(assessment.rules.map((r) => r.id));
  let n = assessment.rules.length + 1;
  while (taken.has(`rule-${n}`)) n++;
  return { id: `rule-${n}`, when: defaultCondition(first), service, level: 'needed', reason: {}, legalSource: {} };
}

export function withRule(assessment: AssessmentDefinition, index: number, change: (rule: AssessmentRule) => AssessmentRule): AssessmentDefinition {
  return { ...assessment, rules: assessment.rules.map((r, i) => (i === index ? change(r) : r)) };
}

/** Removing a rule takes it out of the test cases' expectations too, so they keep describing the rules there are. */
export function withoutRule(assessment: AssessmentDefinition, index: number): AssessmentDefinition {
  const removed = assessment.rules[index]?.id;
  return {
    ...assessment,
    rules: assessment.rules.filter((_, i) => i !== index),
    testCases: assessment.testCases.map((c) => ({ ...c, expect: c.expect.filter((id) => id !== removed) })),
  };
}

/** Renaming a rule follows it into the test cases' expectations. */
export function withRuleId(assessment: AssessmentDefinition, index: number, id: string): AssessmentDefinition {
  const old = assessment.rules[index]?.id;
  return {
    ...assessment,
    rules: assessment.rules.map((r, i) => (i === index ? { ...r, id } : r)),
    testCases: assessment.testCases.map((c) => ({ ...c, expect: c.expect.map((e) => (e === old ? id : e)) })),
  };
}

/** Saves `answers` as a test case expecting exactly the rules they fire now. */
export function withTestCase(assessment: AssessmentDefinition, name: string, answers: FormData): AssessmentDefinition {
  const testCase = { name, answers, expect: [] as string[] };
  testCase.expect = runTestCase(assessment, testCase).fired;
  return { ...assessment, testCases: [...assessment.testCases, testCase] };
}

export function withoutTestCase(assessment: AssessmentDefinition, index: number): AssessmentDefinition {
  return { ...assessment, testCases: assessment.testCases.filter((_, i) => i !== index) };
}
