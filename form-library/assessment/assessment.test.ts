/**
 * The permit-needs assessment: its rules fire on what the customer can see, its services come out
 * once each with every reason, and each publishing refusal names its place.
 */
import { describe, expect, it } from 'vitest';
import type { AssessmentDefinition, FormPackContent, RuleCondition } from '../format/types';
import { readyCatalog, readyPack } from '../library/index';
import { assessmentProblems, catalogQuestions, describeAssessmentProblem, firedRules, neededServices, runTestCase, type AssessmentCatalog } from './index';

const events = readyPack('event-organising');
const eventAssessment = events.assessments![0];
const catalog = readyCatalog();

/** The Helsinki walk's concert: 1,500 people outdoors in a park, food, amplified music until 23:00. */
const concert = {
  openToPublic: true, attendance: 1500, venue: 'outdoors', publicArea: true, amplifiedSound: true,
  soundUntil: '23:00', fireOrEffects: false, specialRisk: false, food: true, alcohol: false,
};

describe('evaluating the event assessment', () => {
  it('calls for the five services of an outdoor concert with food and music until 23:00', () => {
    expect(neededServices(eventAssessment, concert).map((n) => [n.service.service, n.level])).toEqual([
      ['public-event-police', 'needed'],
      ['public-event-rescue', 'needed'],
      ['event-noise', 'needed'],
      ['temporary-food-sales', 'needed'],
      ['public-area-use', 'needed'],
    ]);
  });

  it('takes 200 people at once as the rescue plan threshold, 199 not', () => {
    const rescue = (attendance: number) => firedRules(eventAssessment, { ...concert, attendance }).some((r) => r.id === 'rescue-plan-attendance');
    expect([rescue(199), rescue(200), rescue(1500)]).toEqual([false, true, true]);
  });

  it('fires the noise notification for sound after 22:00 or past midnight, and leaves daytime sound to the authority', () => {
    const noise = (soundUntil: string) => neededServices(eventAssessment, { ...concert, soundUntil }).find((n) => n.service.service === 'event-noise')?.level;
    expect([noise('23:00'), noise('01:30'), noise('22:00'), noise('18:00')]).toEqual(['needed', 'needed', 'maybe', 'maybe']);
  });

  it('lists a service once with every reason, needed when any rule says needed', () => {
    const rescue = neededServices(eventAssessment, { ...concert, fireOrEffects: true, specialRisk: true }).find((n) => n.service.service === 'public-event-rescue');
    expect(rescue?.level).toBe('needed');
    expect(rescue?.rules.map((r) => r.id)).toEqual(['rescue-plan-attendance', 'rescue-plan-fire', 'rescue-plan-special-risk']);
  });

  it('names the national agency’s serving licence when alcohol is served', () => {
    expect(neededServices(eventAssessment, { ...concert, alcohol: true }).at(-1)?.service).toEqual({ pack: 'alcohol-licensing', service: 'fixed-term-serving-licence' });
  });

  it('ignores an answer left on a question the customer no longer sees', () => {
    // Moved indoors after answering the outdoor questions: no public area, no outdoor sound.
    const moved = neededServices(eventAssessment, { ...concert, venue: 'indoors' }).map((n) => n.service.service);
    expect(moved).not.toContain('public-area-use');
    expect(moved).not.toContain('event-noise');
  });

  it('passes every saved test case of the ready assessment', () => {
    expect(eventAssessment.testCases.length).toBeGreaterThanOrEqual(3);
    for (const testCase of eventAssessment.testCases) expect(runTestCase(eventAssessment, testCase), testCase.name).toMatchObject({ passed: true });
  });

  it('cites a law with its number in every reason’s legal source, in fi, sv and en', () => {
    for (const rule of eventAssessment.rules) {
      for (const lang of ['fi', 'sv', 'en'] as const) expect(rule.legalSource[lang], `${rule.id} ${lang}`).toMatch(/\d+\/\d{4}/);
    }
  });
});

// ---- Publishing refusals ----------------------------------------------------------------------

function packWith(change: (a: AssessmentDefinition) => void): FormPackContent {
  const pack = structuredClone(events);
  change(pack.assessments![0]);
  return pack;
}
const codes = (pack: FormPackContent, with_: AssessmentCatalog = catalog) => assessmentProblems(pack, with_).map((p) => [p.code, p.path]);
const rule = (a: AssessmentDefinition, id: string) => a.rules.find((r) => r.id === id)!;
/** The problems of the ready assessment with one more rule (the tenth, with no test cases to keep). */
const withRule = (when: RuleCondition) =>
  codes(packWith((a) => {
    a.rules.push({ ...structuredClone(rule(a, 'police-public-event')), id: 'extra', when });
    a.testCases = [];
  }));

describe('what stops an assessment from being published', () => {
  it('finds nothing in the ready assessment', () => {
    expect(assessmentProblems(events, catalog)).toEqual([]);
  });

  it('refuses a rule naming a service no published pack holds', () => {
    const pack = packWith((a) => (rule(a, 'alcohol-serving').service = { pack: 'alcohol-licensing', service: 'tobacco-sales' }));
    expect(codes(pack)).toEqual([['unknownService', 'assessments.0.rules.8.service']]);
    const withoutAlcoholPack: AssessmentCatalog = { ...catalog, service: () => null };
    expect(codes(events, withoutAlcoholPack)).toEqual([['unknownService', 'assessments.0.rules.8.service']]);
  });

  it('refuses an unknown topic', () => {
    expect(codes(packWith((a) => (a.topic = 'weddings')))).toEqual([['unknownTopic', 'assessments.0.topic']]);
  });

  it('refuses a rule that can never fire: contradicting parts, a value beyond the question’s limits, a hidden question', () => {
    const never = withRule;
    expect(never({ all: [{ field: 'attendance', op: 'atLeast', value: 200 }, { field: 'attendance', op: 'below', value: 100 }] }))
      .toEqual([['ruleNeverFires', 'assessments.0.rules.9.when']]);
    expect(never({ field: 'attendance', op: 'above', value: 1000000 })).toEqual([['ruleNeverFires', 'assessments.0.rules.9.when']]);
    expect(never({ all: [{ field: 'venue', op: 'equals', value: 'indoors' }, { field: 'venue', op: 'equals', value: 'outdoors' }] }))
      .toEqual([['ruleNeverFires', 'assessments.0.rules.9.when']]);
    // soundUntil is asked only after "amplified sound: yes".
    expect(never({ all: [{ field: 'amplifiedSound', op: 'equals', value: false }, { field: 'soundUntil', op: 'above', value: '22:00' }] }))
      .toEqual([['ruleNeverFires', 'assessments.0.rules.9.when']]);
    // … and only outdoors.
    expect(never({ all: [{ field: 'venue', op: 'equals', value: 'indoors' }, { field: 'soundUntil', op: 'above', value: '22:00' }] }))
      .toEqual([['ruleNeverFires', 'assessments.0.rules.9.when']]);
  });

  it('lets a rule through that some answers fire, alternatives included', () => {
    const fine = withRule;
    expect(fine({ any: [{ field: 'attendance', op: 'atLeast', value: 2000000 }, { field: 'attendance', op: 'atLeast', value: 200 }] })).toEqual([]);
    expect(fine({ all: [{ field: 'attendance', op: 'atLeast', value: 200 }, { field: 'attendance', op: 'atMost', value: 200 }] })).toEqual([]);
  });

  it('refuses a rule reading no question, a comparison of a yes/no and a value the question cannot have', () => {
    const wrong = withRule;
    expect(wrong({ field: 'guests', op: 'atLeast', value: 200 })).toEqual([['ruleUnknownField', 'assessments.0.rules.9.when.field']]);
    expect(wrong({ field: 'food', op: 'atLeast', value: 1 })).toEqual([['ruleNotComparable', 'assessments.0.rules.9.when.field']]);
    expect(wrong({ all: [{ field: 'venue', op: 'equals', value: 'boat' }] })).toEqual([['ruleValueNotOption', 'assessments.0.rules.9.when.all.0.value']]);
  });

  it('refuses a question no rule and no show condition reads', () => {
    const pack = packWith((a) => {
      a.form.pages[1].elements.push({ id: 'ea-tickets', kind: 'yesNo', key: 'ticketed', label: { fi: 'Pääsyliput?', sv: 'Biljetter?', en: 'Tickets?' } });
    });
    expect(assessmentProblems(pack, catalog)).toEqual([
      expect.objectContaining({ code: 'questionUnread', path: 'assessments.0.form.pages.1.elements.6', elementId: 'ea-tickets' }),
    ]);
  });

  it('refuses a reason or legal source missing a language, naming the language', () => {
    const pack = packWith((a) => {
      delete rule(a, 'public-area').reason.en;
      rule(a, 'public-area').legalSource.sv = ' ';
    });
    const problems = assessmentProblems(pack, catalog);
    expect(problems.map((p) => [p.code, p.path, p.lang])).toEqual([
      ['ruleTextMissing', 'assessments.0.rules.7.reason.en', 'en'],
      ['ruleTextMissing', 'assessments.0.rules.7.legalSource.sv', 'sv'],
    ]);
    expect(describeAssessmentProblem(problems[0], 'fi')).toBe('Säännöstä "public-area" puuttuu perustelu englanniksi.');
  });

  it('refuses a saved test case that no longer comes out as saved, saying which rules differ', () => {
    const pack = packWith((a) => (rule(a, 'rescue-plan-attendance').when = { field: 'attendance', op: 'atLeast', value: 2000 }));
    const problems = assessmentProblems(pack, catalog);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['testCaseFails', 'assessments.0.testCases.0']]);
    expect(problems[0].params).toMatchObject({ missing: ['rescue-plan-attendance'], unexpected: [] });
    expect(describeAssessmentProblem(problems[0], 'en')).toBe(
      `The test case "${eventAssessment.testCases[0].name}" fails. Expected but did not fire: rescue-plan-attendance. Fired unexpectedly: none.`,
    );
  });

  it('refuses a test case expecting a rule that does not exist, duplicate rule ids and an assessment without rules', () => {
    expect(codes(packWith((a) => a.testCases[3].expect.push('fireworks')))).toEqual([['testCaseUnknownRule', 'assessments.0.testCases.3.expect']]);
    expect(codes(packWith((a) => (rule(a, 'noise-daytime').id = 'noise-at-night')))).toContainEqual(['duplicateRuleId', 'assessments.0.rules.5.id']);
    const empty = codes(packWith((a) => {
      a.rules = [];
      a.testCases = [];
    }));
    expect(empty[0]).toEqual(['noRules', 'assessments.0.rules']);
  });

  it('words every problem in fi, sv and en', () => {
    const pack = packWith((a) => (a.topic = 'weddings'));
    const [problem] = assessmentProblems(pack, catalog);
    expect(describeAssessmentProblem(problem, 'fi')).toContain('aiheeseen "weddings", jota ei ole');
    expect(describeAssessmentProblem(problem, 'sv')).toContain('ämnet "weddings", som inte finns');
    expect(describeAssessmentProblem(problem, 'en')).toContain('the topic "weddings", which does not exist');
  });
});

describe('what the check asks the catalog', () => {
  it('is known before the check runs: the services named in other packs and the topics, each once', () => {
    const pack = packWith((a) => a.rules.push({ ...structuredClone(rule(a, 'alcohol-serving')), id: 'again' }));
    const asked = { services: new Set<string>(), topics: new Set<string>() };
    assessmentProblems(pack, {
      service: (ref) => (asked.services.add(`${ref.pack}/${ref.service}`), catalog.service(ref)),
      topic: (id) => (asked.topics.add(id), catalog.topic(id)),
    });
    const known = catalogQuestions(pack);
    expect(known.services.map((ref) => `${ref.pack}/${ref.service}`).sort()).toEqual([...asked.services].sort());
    expect(known.services).toHaveLength(asked.services.size);
    expect(known.topics.sort()).toEqual([...asked.topics].sort());
    expect(known.services.some((ref) => ref.pack === pack.slug)).toBe(false);
  });
});
