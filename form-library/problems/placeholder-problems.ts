/** Starting texts the designer left as they were: a label "Tekstikenttä", an option "Vaihtoehto 1", a page "Sivu 2". */
import { isPlaceholderText, type PlaceholderRole } from '../format/default-texts';
import { LANGS, type FormDefinition, type FormElement, type LocalizedText } from '../format/types';
import { specOfElement } from '../kinds/kind-specs';
import type { FormProblem, FormProblemParams } from './form-problem';

/**
 * The Finnish text leads, as it does for the data key: a text is untouched while its Finnish is
 * still the starting one, and then each language still at its starting text is reported. Once the
 * Finnish is the designer's own, a Swedish or English word that happens to equal a starting text
 * ("Number" for a count, "Määrä") is taken as meant.
 */
function check(out: FormProblem[], role: PlaceholderRole, text: LocalizedText | undefined, path: string, who: FormProblemParams & { elementId: string }, kind?: FormElement['kind']): void {
  if (text?.fi !== undefined && text.fi.trim() !== '' && !isPlaceholderText(role, text.fi, 'fi', kind)) return;
  for (const lang of LANGS) {
    const value = text?.[lang];
    if (value === undefined || !isPlaceholderText(role, value, lang, kind)) continue;
    const { elementId, ...params } = who;
    out.push({ code: 'placeholderText', elementId, path, lang, params: { ...params, text: role, value } });
  }
}

function visit(out: FormProblem[], element: FormElement, path: string): void {
  const who = { elementId: element.id, label: element.label, key: element.key };
  check(out, 'label', element.label, `${path}.label`, who, element.kind);
  // The kind's own texts that start as placeholders (an info text, the options), as its spec lists them.
  for (const own of specOfElement(element).texts?.(element) ?? []) {
    if (own.role === 'text' || own.role === 'option') check(out, own.role, own.text, `${path}.${own.at}`, own.label ? { ...who, label: own.label } : who);
  }
  if (element.kind === 'section' || element.kind === 'group') {
    element.elements.forEach((child, i) => visit(out, child, `${path}.elements.${i}`));
  }
}

export function formPlaceholderProblems(def: FormDefinition): FormProblem[] {
  const out: FormProblem[] = [];
  def.pages.forEach((page, p) => {
    check(out, 'title', page.title, `pages.${p}.title`, { elementId: page.id, label: page.title });
    page.elements.forEach((element, i) => visit(out, element, `pages.${p}.elements.${i}`));
  });
  return out;
}
