/**
 * What stops a pack draft from being published: the format schema, each service's workflow
 * validator and form checks, and the language gate (every customer-facing text in Finnish and
 * Swedish). Problems carry dotted paths into the pack content.
 */
import { validatePackContent } from '../../form-library/format/pack-schema';
import type { FormElement, FormPackContent, LocalizedText } from '../../form-library/format/types';
import { validateWorkflow } from '../../workflows/validation/validate-workflow';
import type { FieldProblem } from '../http/errors';

const REQUIRED_LANGS = ['fi', 'sv'] as const;

function missingIn(text: LocalizedText | undefined, path: string, out: FieldProblem[]): void {
  for (const lang of REQUIRED_LANGS) {
    if (!text || !text[lang] || text[lang]?.trim() === '') out.push({ path: `${path}.${lang}`, message: `Text missing in ${lang === 'fi' ? 'Finnish' : 'Swedish'}` });
  }
}

function elementTexts(el: FormElement, path: string, out: FieldProblem[]): void {
  // An info element may have an empty heading; every other element needs its label.
  if (el.kind !== 'info') missingIn(el.label, `${path}.label`, out);
  if (el.help) missingIn(el.help, `${path}.help`, out);
  if (el.kind === 'info') missingIn(el.text, `${path}.text`, out);
  if (el.kind === 'text' || el.kind === 'textarea') if (el.patternMessage) missingIn(el.patternMessage, `${path}.patternMessage`, out);
  if (el.kind === 'choice' || el.kind === 'multiChoice') el.options.forEach((o, i) => missingIn(o.label, `${path}.options.${i}.label`, out));
  if (el.kind === 'group' && el.itemLabel) missingIn(el.itemLabel, `${path}.itemLabel`, out);
  if (el.kind === 'section' || el.kind === 'group') el.elements.forEach((child, i) => elementTexts(child, `${path}.elements.${i}`, out));
}

/** Texts of the pack, its services and their forms that lack Finnish or Swedish. */
export function missingPublishTranslations(content: FormPackContent): FieldProblem[] {
  const out: FieldProblem[] = [];
  missingIn(content.name, 'name', out);
  missingIn(content.description, 'description', out);
  content.services.forEach((s, si) => {
    const base = `services.${si}`;
    missingIn(s.name, `${base}.name`, out);
    missingIn(s.description, `${base}.description`, out);
    s.form.pages.forEach((p, pi) => {
      missingIn(p.title, `${base}.form.pages.${pi}.title`, out);
      p.elements.forEach((el, ei) => elementTexts(el, `${base}.form.pages.${pi}.elements.${ei}`, out));
    });
    s.workflow.states.forEach((st, i) => missingIn(st.label, `${base}.workflow.states.${i}.label`, out));
    s.workflow.transitions.forEach((t, i) => {
      missingIn(t.label, `${base}.workflow.transitions.${i}.label`, out);
      if (t.customerAlert) missingIn(t.customerAlert, `${base}.workflow.transitions.${i}.customerAlert`, out);
    });
  });
  return out;
}

/** Structural problems of the forms that the schema cannot see: duplicate data keys, empty forms. */
export function formStructureProblems(content: FormPackContent): FieldProblem[] {
  const out: FieldProblem[] = [];
  const serviceIds = new Set<string>();
  content.services.forEach((s, si) => {
    if (serviceIds.has(s.id)) out.push({ path: `services.${si}.id`, message: `Duplicate service id "${s.id}"` });
    serviceIds.add(s.id);
    if (s.form.pages.length === 0) out.push({ path: `services.${si}.form.pages`, message: 'The form has no pages' });
    const keys = new Set<string>();
    // Keys are unique within the whole form (format rule), not only within a section.
    const walk = (els: FormElement[], path: string) =>
      els.forEach((el, i) => {
        if (keys.has(el.key)) out.push({ path: `${path}.${i}.key`, message: `Duplicate field key "${el.key}"` });
        keys.add(el.key);
        if (el.kind === 'section' || el.kind === 'group') walk(el.elements, `${path}.${i}.elements`);
      });
    s.form.pages.forEach((p, pi) => walk(p.elements, `services.${si}.form.pages.${pi}.elements`));
  });
  return out;
}

export function publishProblems(content: unknown): FieldProblem[] {
  const checked = validatePackContent(content);
  if (!checked.ok) return checked.errors;
  const pack = checked.content;
  const problems: FieldProblem[] = [];
  if (pack.services.length === 0) problems.push({ path: 'services', message: 'The pack has no services' });
  problems.push(...formStructureProblems(pack));
  pack.services.forEach((s, si) => {
    for (const p of validateWorkflow(s.workflow)) {
      if (p.severity === 'error') problems.push({ path: `services.${si}.workflow${p.path ? `.${p.path}` : ''}`, message: p.message });
    }
  });
  const seen = new Set(problems.map((p) => p.path));
  for (const p of missingPublishTranslations(pack)) if (!seen.has(p.path)) problems.push(p);
  return problems;
}
