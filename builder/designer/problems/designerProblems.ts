/**
 * The problems the designer shows live, each tied to the element or page it is about and worded
 * in the designer's language. INTERIM: until form-library's `formProblems`/`describeFormProblem`
 * land, a few local checks stand in (same path convention); then this calls them instead.
 */
import { LANGS, type FormDefinition, type FormElement, type Lang, type LocalizedText } from '../../../form-library/format/types';
import { isValidKey } from '../modeling/keys';
import { earlierFields } from '../modeling/conditions';
import { elementIdAtPath } from './elementAtPath';

export interface DesignerProblem {
  path: string;
  severity: 'error' | 'warning';
  /** Element or page the problem is shown on. */
  targetId?: string;
  text: string;
}

type Wording = Record<Lang, (p: Record<string, string>) => string>;

const LANG_NAMES: Record<Lang, Record<Lang, string>> = {
  fi: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  sv: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  en: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
};

const WORDINGS: Record<string, Wording> = {
  missing_translation: {
    fi: (p) => `${p.what} puuttuu ${LANG_NAMES.fi[p.lang as Lang]}.`,
    sv: (p) => `${p.what} saknas ${LANG_NAMES.sv[p.lang as Lang]}.`,
    en: (p) => `${p.what} is missing ${LANG_NAMES.en[p.lang as Lang]}.`,
  },
  duplicate_key: {
    fi: (p) => `Tunniste ${p.key} on jo käytössä toisessa kentässä.`,
    sv: (p) => `Nyckeln ${p.key} används redan i ett annat fält.`,
    en: (p) => `The key ${p.key} is already used by another field.`,
  },
  invalid_key: {
    fi: (p) => `Tunniste "${p.key}" ei kelpaa: aloita kirjaimella, käytä vain kirjaimia a–z, numeroita ja alaviivaa.`,
    sv: (p) => `Nyckeln "${p.key}" duger inte: börja med en bokstav, använd bara a–z, siffror och understreck.`,
    en: (p) => `The key "${p.key}" is not valid: start with a letter, use only a–z, digits and underscore.`,
  },
  condition_field: {
    fi: (p) => `Ehto viittaa kenttään ${p.key}, jota ei ole ennen tätä kohtaa.`,
    sv: (p) => `Villkoret hänvisar till fältet ${p.key} som inte finns före den här punkten.`,
    en: (p) => `The condition points at the field ${p.key}, which does not come before this one.`,
  },
  empty_choices: {
    fi: () => 'Valintakentässä ei ole yhtään vaihtoehtoa.',
    sv: () => 'Valfältet har inga alternativ.',
    en: () => 'The choice field has no options.',
  },
  empty_page: {
    fi: () => 'Sivulla ei ole yhtään elementtiä.',
    sv: () => 'Sidan har inga element.',
    en: () => 'The page has no elements.',
  },
};

const WHAT: Record<string, Record<Lang, string>> = {
  label: { fi: 'Otsikko', sv: 'Rubriken', en: 'The label' },
  title: { fi: 'Sivun otsikko', sv: 'Sidans rubrik', en: 'The page title' },
  option: { fi: 'Vaihtoehdon teksti', sv: 'Alternativets text', en: 'The option text' },
  text: { fi: 'Ohjeteksti', sv: 'Instruktionstexten', en: 'The instruction text' },
};

interface RawProblem {
  code: keyof typeof WORDINGS;
  path: string;
  severity: 'error' | 'warning';
  params: Record<string, string>;
}

/** Drafts need fi and sv (the publishing gate); English is welcome but only a warning. */
function checkText(text: LocalizedText | undefined, path: string, what: string, out: RawProblem[]): void {
  for (const lang of LANGS) {
    if (!text?.[lang]?.trim()) {
      out.push({ code: 'missing_translation', path: `${path}.${lang}`, severity: lang === 'en' ? 'warning' : 'error', params: { what, lang } });
    }
  }
}

function localProblems(definition: FormDefinition): RawProblem[] {
  const out: RawProblem[] = [];
  const keyCount = new Map<string, number>();
  const countKeys = (els: FormElement[]) => els.forEach((e) => {
    keyCount.set(e.key, (keyCount.get(e.key) ?? 0) + 1);
    if (e.kind === 'section' || e.kind === 'group') countKeys(e.elements);
  });
  definition.pages.forEach((p) => countKeys(p.elements));

  const visit = (els: FormElement[], base: string) => els.forEach((el, i) => {
    const path = `${base}.elements.${i}`;
    if (el.kind !== 'info') checkText(el.label, `${path}.label`, 'label', out);
    if (!isValidKey(el.key)) out.push({ code: 'invalid_key', path: `${path}.key`, severity: 'error', params: { key: el.key } });
    else if ((keyCount.get(el.key) ?? 0) > 1) out.push({ code: 'duplicate_key', path: `${path}.key`, severity: 'error', params: { key: el.key } });
    if (el.condition && !earlierFields(definition, el.id).some((f) => f.key === el.condition?.field)) {
      out.push({ code: 'condition_field', path: `${path}.condition.field`, severity: 'error', params: { key: el.condition.field } });
    }
    if (el.kind === 'choice' || el.kind === 'multiChoice') {
      if (el.options.length === 0) out.push({ code: 'empty_choices', path: `${path}.options`, severity: 'error', params: {} });
      el.options.forEach((o, k) => checkText(o.label, `${path}.options.${k}.label`, 'option', out));
    }
    if (el.kind === 'info') checkText(el.text, `${path}.text`, 'text', out);
    if (el.kind === 'section' || el.kind === 'group') visit(el.elements, path);
  });
  definition.pages.forEach((page, i) => {
    checkText(page.title, `pages.${i}.title`, 'title', out);
    if (page.elements.length === 0) out.push({ code: 'empty_page', path: `pages.${i}`, severity: 'warning', params: {} });
    if (page.condition && !earlierFields(definition, page.id).some((f) => f.key === page.condition?.field)) {
      out.push({ code: 'condition_field', path: `pages.${i}.condition.field`, severity: 'error', params: { key: page.condition.field } });
    }
    visit(page.elements, `pages.${i}`);
  });
  return out;
}

export function designerProblems(definition: FormDefinition, lang: Lang): DesignerProblem[] {
  return localProblems(definition).map((p) => ({
    path: p.path,
    severity: p.severity,
    targetId: elementIdAtPath(definition, p.path),
    text: WORDINGS[p.code][lang]({ ...p.params, what: p.params.what ? WHAT[p.params.what][lang] : '' }),
  }));
}

export function problemsByTarget(problems: DesignerProblem[]): Map<string, DesignerProblem[]> {
  const map = new Map<string, DesignerProblem[]>();
  for (const p of problems) {
    if (!p.targetId) continue;
    const list = map.get(p.targetId) ?? [];
    list.push(p);
    map.set(p.targetId, list);
  }
  return map;
}
