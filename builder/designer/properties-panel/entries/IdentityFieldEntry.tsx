/**
 * "Filled from strong identification": what of the strongly identified person a field holds (a
 * text: full, given or family name, or the name of the company they act for; a henkilötunnus
 * field: the henkilötunnus; a Y-tunnus field: the company's). Such a field is shown read-only to
 * the identified customer and set again by the server (the company's only while they act for one).
 * Not offered in a repeating group (its items are other people) nor for kinds that hold no name or code.
 */
import type { FormElement, IdentityField } from '../../../../form-library/format/types';
import { identityFieldsOfKind } from '../../../../form-library/identity/identity-fields';
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';

interface Props {
  id: string;
  element: FormElement;
  inGroup: boolean;
  onChange(identityField: IdentityField | undefined): void;
}

export function IdentityFieldEntry({ id, element, inGroup, onChange }: Props) {
  const t = useTexts(panelTexts);
  const choices = identityFieldsOfKind(element.kind);
  if (choices.length === 0 || inGroup || element.kind === 'group' || element.kind === 'section' || element.kind === 'info') return null;
  const current = element.identityField;
  return (
    <div className="pp-entry">
      <label htmlFor={id}>{t('identityField')}</label>
      <p id={`${id}-help`} className="pp-help">{t('identityFieldHelp')}</p>
      <select id={id} value={current ?? ''} aria-describedby={`${id}-help`} onChange={(e) => onChange(choices.find((c) => c === e.target.value))}>
        <option value="">{t('identityFieldNone')}</option>
        {choices.map((c) => <option key={c} value={c}>{t('identityFieldName', { field: c })}</option>)}
      </select>
    </div>
  );
}
