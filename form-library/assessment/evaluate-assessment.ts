/**
 * What an assessment's answers tell: which rules fire and so which services a plan needs. The
 * rules are read with the conditions engine of form-library/conditions, over the answers the
 * customer can see (an answer left on a question hidden since fires nothing).
 */
import { evaluateCondition } from '../conditions/evaluate-condition';
import { visibleAnswerMap } from '../conditions/walk-form';
import type { AssessmentDefinition, AssessmentLevel, AssessmentRule, AssessmentTestCase, FormData, ServiceRef } from '../format/types';

/** The rules `answers` fire, in the assessment's order. */
export function firedRules(def: AssessmentDefinition, answers: FormData): AssessmentRule[] {
  const scope = visibleAnswerMap(def.form, answers);
  return def.rules.filter((rule) => evaluateCondition(rule.when, answers, scope));
}

/** One service the answers call for, with every rule that named it. */
export interface NeededService {
  service: ServiceRef;
  /** 'needed' when any of its rules says so; 'maybe' when all leave it to the authority. */
  level: AssessmentLevel;
  rules: AssessmentRule[];
}

export function sameService(a: ServiceRef, b: ServiceRef): boolean {
  return a.pack === b.pack && a.service === b.service;
}

/** The services `answers` call for, each once, in the order their first rule comes; needed before maybe. */
export function neededServices(def: AssessmentDefinition, answers: FormData): NeededService[] {
  const out: NeededService[] = [];
  for (const rule of firedRules(def, answers)) {
    const known = out.find((n) => sameService(n.service, rule.service));
    if (!known) out.push({ service: rule.service, level: rule.level, rules: [rule] });
    else {
      known.rules.push(rule);
      if (rule.level === 'needed') known.level = 'needed';
    }
  }
  // A stable sort: within each level the rules' order stands.
  return out.sort((a, b) => (a.level === b.level ? 0 : a.level === 'needed' ? -1 : 1));
}

/** How a saved test case came out: the rules it expected but did not fire, and those it fired unexpected. */
export interface TestCaseOutcome {
  testCase: AssessmentTestCase;
  fired: string[];
  missing: string[];
  unexpected: string[];
  passed: boolean;
}

export function runTestCase(def: AssessmentDefinition, testCase: AssessmentTestCase): TestCaseOutcome {
  const fired = firedRules(def, testCase.answers).map((r) => r.id);
  const missing = testCase.expect.filter((id) => !fired.includes(id));
  const unexpected = fired.filter((id) => !testCase.expect.includes(id));
  return { testCase, fired, missing, unexpected, passed: missing.length === 0 && unexpected.length === 0 };
}
