/**
 * Business ID and personal identity code with live check-digit feedback: once the value has its
 * full length the field says whether it is right, politely (aria-live), before any "next" press.
 * The rules and the messages are form-library's, the same the server applies and answers with; once
 * the field shows its error (after "next"), that error says it and the live line stays quiet, so the
 * customer never reads two messages at once.
 */
import type { WidgetProps } from '@rjsf/utils';
import type { Lang } from '../../../form-library/format/types';
import { normalizeBusinessId, normalizePersonalId } from '../../../form-library/formats/normalize';
import { businessIdMessage, personalIdMessage } from '../../../form-library/validation/identifier-messages';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';
import { BaseInputTemplate } from '../templates/BaseInputTemplate';

interface CheckedInputProps {
  props: WidgetProps;
  fullLength: number;
  /** The value as it will be checked and stored (form-library's normal form). */
  normalize(value: string): string;
  /** What is wrong with the value, in the language, or null when it is right. */
  problemOf(value: string, lang: Lang): string | null;
  validText: string;
}

function CheckedInput({ props, fullLength, normalize, problemOf, validText }: CheckedInputProps) {
  const lang = useLang();
  const value = typeof props.value === 'string' ? normalize(props.value) : '';
  const feedbackId = `${props.id}__check`;
  const complete = value.length >= fullLength;
  const problem = complete ? problemOf(value, lang) : null;
  const shownError = (props.rawErrors ?? []).some(Boolean);
  const options = { ...props.options, describedBy: [feedbackId] };
  let feedback = '';
  if (complete && !props.readonly) feedback = problem === null ? `✓ ${validText}` : shownError ? '' : `! ${problem}`;
  return (
    <>
      <BaseInputTemplate
        {...props}
        options={options}
        type="text"
        onChangeOverride={(e) => {
          const next = e.target.value.toUpperCase();
          props.onChange(next === '' ? props.options.emptyValue : next);
        }}
      />
      <p id={feedbackId} className={`check-feedback ${feedback ? (problem === null ? 'check-feedback--ok' : 'check-feedback--bad') : ''}`} aria-live="polite">
        {feedback}
      </p>
    </>
  );
}

export function BusinessIdWidget(props: WidgetProps) {
  const t = useTexts(rendererTexts);
  return <CheckedInput props={{ ...props, placeholder: props.placeholder ?? '1234567-1' }} fullLength={9} normalize={normalizeBusinessId} problemOf={businessIdMessage} validText={t('businessIdValid')} />;
}

export function PersonalIdWidget(props: WidgetProps) {
  const t = useTexts(rendererTexts);
  return <CheckedInput props={props} fullLength={11} normalize={normalizePersonalId} problemOf={personalIdMessage} validText={t('personalIdValid')} />;
}

export function PhoneWidget(props: WidgetProps) {
  const t = useTexts(rendererTexts);
  const hintId = `${props.id}__hint`;
  return (
    <>
      <p id={hintId} className="field__hint">{t('phoneHint')}</p>
      <BaseInputTemplate {...props} type="tel" options={{ ...props.options, autocomplete: 'tel', describedBy: [hintId] }} />
    </>
  );
}

export function PostalCodeWidget(props: WidgetProps) {
  const t = useTexts(rendererTexts);
  const hintId = `${props.id}__hint`;
  return (
    <>
      <p id={hintId} className="field__hint">{t('postalCodeHint')}</p>
      <BaseInputTemplate {...props} type="text" options={{ ...props.options, describedBy: [hintId], inputMode: 'numeric', autocomplete: 'postal-code' }} />
    </>
  );
}
