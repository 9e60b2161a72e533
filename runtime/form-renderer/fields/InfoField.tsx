import type { FieldProps } from '@rjsf/utils';
import { useLang } from '../../../ui/i18n/texts';
import { elementOf } from '../templates/element-of';
import { localize } from '../../../form-library/format/localize';

/** Info text from the pack: a heading (if any) and paragraphs; holds no data. */
export function InfoField({ uiSchema, fieldPathId }: FieldProps) {
  const lang = useLang();
  const element = elementOf(uiSchema);
  if (element?.kind !== 'info') return null;
  const heading = localize(element.label, lang);
  const paragraphs = localize(element.text, lang).split(/\n\s*\n/).filter(Boolean);
  return (
    <div className="info" id={fieldPathId.$id}>
      {heading && <h3 className="info__heading">{heading}</h3>}
      {paragraphs.map((p, i) => <p key={i}>{p}</p>)}
    </div>
  );
}
