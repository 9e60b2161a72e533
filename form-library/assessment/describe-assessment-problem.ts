/** One sentence per assessment problem, in the reader's language (the designer's, or English for API clients). */
import { localize } from '../format/localize';
import type { Lang } from '../format/types';
import { LANG_NAMES } from '../problems/describe-form-problem';
import { fillPlaceholders } from '../text/fill-placeholders';
import type { AssessmentProblem, AssessmentProblemCode } from './assessment-problems';

const TEXTS: Record<'reason' | 'legalSource', Record<Lang, string>> = {
  reason: { fi: 'perustelu', sv: 'motiveringen', en: 'the reason' },
  legalSource: { fi: 'säädösviite', sv: 'lagrumshänvisningen', en: 'the legal source' },
};

const SENTENCES: Record<AssessmentProblemCode, Record<Lang, string>> = {
  duplicateAssessmentId: {
    fi: 'Selvityksen tunnus "{value}" on jo toisen selvityksen käytössä.',
    sv: 'Utredningens nyckel "{value}" används redan av en annan utredning.',
    en: 'The assessment id "{value}" is already used by another assessment.',
  },
  unknownTopic: {
    fi: 'Selvitys "{assessment}" kuuluu aiheeseen "{topic}", jota ei ole.',
    sv: 'Utredningen "{assessment}" hör till ämnet "{topic}", som inte finns.',
    en: 'The assessment "{assessment}" belongs to the topic "{topic}", which does not exist.',
  },
  noRules: {
    fi: 'Selvityksellä "{assessment}" ei ole yhtään sääntöä, joten se ei voi suositella yhtään palvelua.',
    sv: 'Utredningen "{assessment}" har inga regler och kan därför inte föreslå någon tjänst.',
    en: 'The assessment "{assessment}" has no rules, so it can recommend no service.',
  },
  duplicateRuleId: {
    fi: 'Säännön tunnus "{rule}" on käytössä useammin kuin kerran.',
    sv: 'Regelns nyckel "{rule}" används mer än en gång.',
    en: 'The rule id "{rule}" is used more than once.',
  },
  unknownService: {
    fi: 'Sääntö "{rule}" viittaa palveluun "{service}", jota mikään julkaistu paketti ei sisällä.',
    sv: 'Regeln "{rule}" hänvisar till tjänsten "{service}", som inget publicerat paket innehåller.',
    en: 'The rule "{rule}" names the service "{service}", which no published pack holds.',
  },
  ruleUnknownField: {
    fi: 'Sääntö "{rule}" lukee kysymyksen "{field}" vastausta, mutta kysymystä ei ole selvityksessä.',
    sv: 'Regeln "{rule}" läser svaret på frågan "{field}", men frågan finns inte i utredningen.',
    en: 'The rule "{rule}" reads the answer to "{field}", which is not a question of the assessment.',
  },
  ruleNoAnswer: {
    fi: 'Sääntö "{rule}" lukee kohtaa "{field}", johon ei vastata (osio, ryhmä tai ohjeteksti).',
    sv: 'Regeln "{rule}" läser "{field}", som inte har något svar (avsnitt, grupp eller infotext).',
    en: 'The rule "{rule}" reads "{field}", which has no answer (a section, group or info text).',
  },
  ruleFieldInGroup: {
    fi: 'Sääntö "{rule}" lukee toistuvan ryhmän kenttää "{field}", jolla on yksi vastaus riviä kohden. Kysy asia ryhmän ulkopuolella.',
    sv: 'Regeln "{rule}" läser "{field}" i en upprepad grupp, som har ett svar per rad. Ställ frågan utanför gruppen.',
    en: 'The rule "{rule}" reads "{field}" inside a repeating group, which has one answer per row. Ask it outside the group.',
  },
  ruleValueNotOption: {
    fi: 'Säännön "{rule}" arvo "{value}" ei ole kysymyksen "{field}" mahdollinen vastaus.',
    sv: 'Värdet "{value}" i regeln "{rule}" är inte ett möjligt svar på frågan "{field}".',
    en: 'The value "{value}" in the rule "{rule}" is not a possible answer to "{field}".',
  },
  ruleNotComparable: {
    fi: 'Sääntö "{rule}" vertaa kysymystä "{field}" suuremmaksi tai pienemmäksi, mutta vain numeroa, kellonaikaa tai päivämäärää voi verrata niin.',
    sv: 'Regeln "{rule}" jämför frågan "{field}" som större eller mindre, men bara ett tal, ett klockslag eller ett datum kan jämföras så.',
    en: 'The rule "{rule}" compares "{field}" as greater or smaller, but only a number, a time or a date can be compared that way.',
  },
  ruleNeverFires: {
    fi: 'Sääntö "{rule}" ei voi täyttyä millään vastauksilla: sen ehdot ovat ristiriidassa keskenään tai kysymysten näyttämisehtojen kanssa.',
    sv: 'Regeln "{rule}" kan inte uppfyllas med några svar: dess villkor strider mot varandra eller mot frågornas visningsvillkor.',
    en: 'The rule "{rule}" can never fire: its conditions contradict each other or the questions\' show conditions.',
  },
  questionUnread: {
    fi: 'Kysymyksen "{field}" vastausta ei lue mikään sääntö eikä toisen kysymyksen näyttämisehto. Lisää sääntö tai poista kysymys.',
    sv: 'Svaret på frågan "{field}" läses varken av någon regel eller av en annan frågas visningsvillkor. Lägg till en regel eller ta bort frågan.',
    en: 'No rule and no show condition reads the answer to "{field}". Add a rule or remove the question.',
  },
  ruleTextMissing: {
    fi: 'Säännöstä "{rule}" puuttuu {text} {lang}.',
    sv: 'I regeln "{rule}" saknas {text} {lang}.',
    en: 'The rule "{rule}" lacks {text} {lang}.',
  },
  testCaseUnknownRule: {
    fi: 'Testitapaus "{testCase}" odottaa sääntöjä, joita ei ole: {missing}.',
    sv: 'Testfallet "{testCase}" väntar sig regler som inte finns: {missing}.',
    en: 'The test case "{testCase}" expects rules that do not exist: {missing}.',
  },
  testCaseFails: {
    fi: 'Testitapaus "{testCase}" ei mene läpi. Odotettu mutta ei täyttynyt: {missing}. Täyttyi odottamatta: {unexpected}.',
    sv: 'Testfallet "{testCase}" går inte igenom. Väntad men uppfylldes inte: {missing}. Uppfylldes oväntat: {unexpected}.',
    en: 'The test case "{testCase}" fails. Expected but did not fire: {missing}. Fired unexpectedly: {unexpected}.',
  },
};

const NONE: Record<Lang, string> = { fi: 'ei mitään', sv: 'inga', en: 'none' };

export function describeAssessmentProblem(problem: AssessmentProblem, lang: Lang): string {
  const p = problem.params;
  const list = (ids: string[] | undefined) => (ids && ids.length > 0 ? ids.join(', ') : NONE[lang]);
  return fillPlaceholders(SENTENCES[problem.code][lang], {
    assessment: localize(p.assessment, lang),
    rule: p.rule ?? '',
    field: localize(p.fieldLabel, lang) || p.field || '',
    value: p.value ?? '',
    service: p.service ?? '',
    topic: p.topic ?? '',
    testCase: p.testCase ?? '',
    missing: list(p.missing),
    unexpected: list(p.unexpected),
    text: p.text ? TEXTS[p.text][lang] : '',
    lang: problem.lang ? LANG_NAMES[lang][problem.lang] : '',
  });
}
