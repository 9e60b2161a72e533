/** One sentence per problem, in the designer's language (the pack catalog's `formProblems`). */
import type { Lang } from '../format/types';
import { localize } from '../format/localize';
import type { FormProblem } from './form-problem';
import { changeTexts, formProblemTexts } from '../../i18n/catalogs/pack';
import { translator } from '../../i18n/translate';

export function describeFormProblem(problem: FormProblem, lang: Lang): string {
  const p = problem.params ?? {};
  const name = localize(p.label, lang) || p.key || '';
  const changes = translator(changeTexts, lang);
  const kindName = (kind: string) => changes('kindName', { kind });
  const values: Record<string, string> = {
    name,
    key: p.key ?? '',
    field: localize(p.fieldLabel, lang) || p.field || '',
    value: localize(p.valueLabel, lang) || p.value || '',
    kind: p.kind ? kindName(p.kind) : '',
    fieldKind: p.fieldKind ? kindName(p.fieldKind) : '',
    role: p.text ?? 'label',
    lang: problem.lang ?? '',
  };
  return translator(formProblemTexts, lang)(problem.code, values);
}
