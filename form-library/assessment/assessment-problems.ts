/**
 * What stops an assessment from being published, beyond its questions' own form problems: rules
 * naming a service nobody publishes, rules that can never fire or read what is not a question,
 * questions no rule reads, reasons and legal sources missing a language, and saved test cases
 * that no longer come out as saved. Paths are dotted into the pack content.
 */
import { conditionFields } from '../conditions/evaluate-condition';
import { specOfElement } from '../kinds/kind-specs';
import { LANGS, type AssessmentDefinition, type Condition, type FormElement, type FormPackContent, type Lang, type LocalizedText, type RuleCondition, type ServiceDefinition, type ServiceRef } from '../format/types';
import { conditionMisfits } from '../problems/condition-fit';
import { runTestCase } from './evaluate-assessment';
import { canHold, placeFields } from './never-fires';

export type AssessmentProblemCode =
  | 'duplicateAssessmentId'
  | 'unknownTopic'
  | 'noRules'
  | 'duplicateRuleId'
  | 'unknownService'
  | 'ruleUnknownField'
  | 'ruleNoAnswer'
  | 'ruleFieldInGroup'
  | 'ruleValueNotOption'
  | 'ruleNotComparable'
  | 'ruleNeverFires'
  | 'questionUnread'
  | 'ruleTextMissing'
  | 'testCaseUnknownRule'
  | 'testCaseFails';

export interface AssessmentProblemParams {
  assessment?: LocalizedText;
  rule?: string;
  field?: string;
  fieldLabel?: LocalizedText;
  value?: string;
  service?: string;
  topic?: string;
  testCase?: string;
  missing?: string[];
  unexpected?: string[];
  text?: 'reason' | 'legalSource';
}

export interface AssessmentProblem {
  code: AssessmentProblemCode;
  path: string;
  lang?: Lang;
  /** The question's element id, for the designer to select it. */
  elementId?: string;
  params: AssessmentProblemParams;
}

/** What the assessment's pack may refer to outside itself (the server's published packs and topics). */
export interface AssessmentCatalog {
  /** A service of another pack, as its newest published version has it; null when none has it. */
  service(ref: ServiceRef): ServiceDefinition | null;
  topic(id: string): boolean;
}

/** Services the rules may name: the pack's own, then the catalog's. */
export function findService(content: FormPackContent, catalog: AssessmentCatalog, ref: ServiceRef): ServiceDefinition | null {
  if (ref.pack === content.slug) return content.services.find((s) => s.id === ref.service) ?? null;
  return catalog.service(ref);
}

/**
 * Everything `assessmentProblems` may ask the catalog about `content`: the services its rules name
 * in other packs, and its assessments' topics. A server reads these first, so that the check (which
 * asks synchronously) runs once against a catalog that already holds the answers.
 */
export function catalogQuestions(content: FormPackContent): { services: ServiceRef[]; topics: string[] } {
  const services = new Map<string, ServiceRef>();
  const topics = new Set<string>();
  for (const a of content.assessments ?? []) {
    topics.add(a.topic);
    for (const { service } of a.rules) if (service.pack !== content.slug) services.set(`${service.pack}\u0000${service.service}`, service);
  }
  return { services: [...services.values()], topics: [...topics] };
}

function leaves(condition: RuleCondition, path: string, out: Array<{ condition: Condition; path: string }> = []) {
  if ('all' in condition) condition.all.forEach((c, i) => leaves(c, `${path}.all.${i}`, out));
  else if ('any' in condition) condition.any.forEach((c, i) => leaves(c, `${path}.any.${i}`, out));
  else out.push({ condition, path });
  return out;
}

function hasText(text: LocalizedText, lang: Lang): boolean {
  return typeof text[lang] === 'string' && text[lang]!.trim() !== '';
}

export function assessmentProblems(content: FormPackContent, catalog: AssessmentCatalog): AssessmentProblem[] {
  const out: AssessmentProblem[] = [];
  const ids = new Set<string>();
  (content.assessments ?? []).forEach((a, ai) => {
    const at = `assessments.${ai}`;
    if (ids.has(a.id)) out.push({ code: 'duplicateAssessmentId', path: `${at}.id`, params: { assessment: a.name, value: a.id } });
    ids.add(a.id);
    if (!catalog.topic(a.topic)) out.push({ code: 'unknownTopic', path: `${at}.topic`, params: { assessment: a.name, topic: a.topic } });
    out.push(...ruleProblems(content, catalog, a, at), ...unreadQuestions(a, at), ...testCaseProblems(a, at));
  });
  return out;
}

function ruleProblems(content: FormPackContent, catalog: AssessmentCatalog, a: AssessmentDefinition, at: string): AssessmentProblem[] {
  const out: AssessmentProblem[] = [];
  if (a.rules.length === 0) out.push({ code: 'noRules', path: `${at}.rules`, params: { assessment: a.name } });
  const fields = placeFields(a.form);
  const ruleIds = new Set<string>();
  a.rules.forEach((rule, ri) => {
    const here = `${at}.rules.${ri}`;
    const who = { assessment: a.name, rule: rule.id };
    if (ruleIds.has(rule.id)) out.push({ code: 'duplicateRuleId', path: `${here}.id`, params: who });
    ruleIds.add(rule.id);
    if (!findService(content, catalog, rule.service)) {
      out.push({ code: 'unknownService', path: `${here}.service`, params: { ...who, service: `${rule.service.pack}/${rule.service.service}` } });
    }
    let sound = true;
    for (const leaf of leaves(rule.when, `${here}.when`)) {
      const placed = fields.get(leaf.condition.field);
      const params = { ...who, field: leaf.condition.field, ...(placed ? { fieldLabel: placed.element.label } : {}) };
      const problem = (code: AssessmentProblemCode, path = `${leaf.path}.field`, extra: AssessmentProblemParams = {}) => {
        sound = false;
        out.push({ code, path, params: { ...params, ...extra } });
      };
      if (!placed) problem('ruleUnknownField');
      else if (!specOfElement(placed.element).ownValue) problem('ruleNoAnswer');
      else if (placed.inGroup) problem('ruleFieldInGroup');
      else {
        for (const misfit of conditionMisfits(placed.element, leaf.condition)) {
          if (misfit.code === 'conditionNotComparable') problem('ruleNotComparable');
          else problem('ruleValueNotOption', `${leaf.path}.${misfit.at}`, { value: misfit.value });
        }
      }
    }
    // Only a rule whose every part reads a real question is worth the satisfiability check.
    if (sound && !canHold(rule.when, fields)) out.push({ code: 'ruleNeverFires', path: `${here}.when`, params: who });
    for (const text of ['reason', 'legalSource'] as const) {
      for (const lang of LANGS) {
        if (!hasText(rule[text], lang)) out.push({ code: 'ruleTextMissing', path: `${here}.${text}.${lang}`, lang, params: { ...who, text } });
      }
    }
  });
  return out;
}

/**
 * Questions whose answer nothing reads: no rule, and no condition of another question (a question
 * that only decides whether another is asked is read, and so useful).
 */
function unreadQuestions(a: AssessmentDefinition, at: string): AssessmentProblem[] {
  const read = new Set<string>();
  for (const rule of a.rules) conditionFields(rule.when, read);
  for (const { element } of placeFields(a.form).values()) if (element.condition) read.add(element.condition.field);
  for (const page of a.form.pages) if (page.condition) read.add(page.condition.field);
  const out: AssessmentProblem[] = [];
  const visit = (element: FormElement, path: string) => {
    if (element.kind === 'section' || element.kind === 'group') {
      element.elements.forEach((child, i) => visit(child, `${path}.elements.${i}`));
      return;
    }
    if (!specOfElement(element).ownValue || read.has(element.key)) return;
    out.push({ code: 'questionUnread', path, elementId: element.id, params: { assessment: a.name, field: element.key, fieldLabel: element.label } });
  };
  a.form.pages.forEach((page, p) => page.elements.forEach((element, e) => visit(element, `${at}.form.pages.${p}.elements.${e}`)));
  return out;
}

function testCaseProblems(a: AssessmentDefinition, at: string): AssessmentProblem[] {
  const out: AssessmentProblem[] = [];
  const ruleIds = new Set(a.rules.map((r) => r.id));
  a.testCases.forEach((testCase, ti) => {
    const here = `${at}.testCases.${ti}`;
    const who = { assessment: a.name, testCase: testCase.name };
    const unknown = testCase.expect.filter((id) => !ruleIds.has(id));
    if (unknown.length > 0) {
      out.push({ code: 'testCaseUnknownRule', path: `${here}.expect`, params: { ...who, missing: unknown } });
      return;
    }
    const outcome = runTestCase(a, testCase);
    if (!outcome.passed) out.push({ code: 'testCaseFails', path: here, params: { ...who, missing: outcome.missing, unexpected: outcome.unexpected } });
  });
  return out;
}
