/**
 * Business ID and personal identity code with live check-digit feedback: once the value has its
 * full length the field says whether the check digit matches, politely (aria-live), before any
 * "next" press. The rules are form-library's, the same the server applies.
 */
import type { WidgetProps } from '@rjsf/utils';
import { isValidBusinessId, isValidPersonalId } from '../../../form-library/formats';
import { useMessages } from '../../../ui/i18n/messages';
import { rendererMessages } from '../messages';
import { BaseInputTemplate } from '../templates/BaseInputTemplate';

interface CheckedInputProps {
  props: WidgetProps;
  fullLength: number;
  check(value: string): boolean;
  validText: string;
  invalidText: string;
}

function CheckedInput({ props, fullLength, check, validText, invalidText }: CheckedInputProps) {
  const value = typeof props.value === 'string' ? props.value.trim() : '';
  const feedbackId = `${props.id}__check`;
  const complete = value.length >= fullLength;
  const valid = complete && check(value);
  const options = { ...props.options, describedBy: [feedbackId] };
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
      <p id={feedbackId} className={`check-feedback ${complete ? (valid ? 'check-feedback--ok' : 'check-feedback--bad') : ''}`} aria-live="polite">
        {complete && !props.readonly ? (valid ? `✓ ${validText}` : `! ${invalidText}`) : ''}
      </p>
    </>
  );
}

export function BusinessIdWidget(props: WidgetProps) {
  const t = useMessages(rendererMessages);
  return <CheckedInput props={{ ...props, placeholder: props.placeholder ?? '1234567-8' }} fullLength={9} check={isValidBusinessId} validText={t.businessIdValid} invalidText={t.businessIdInvalid} />;
}

export function PersonalIdWidget(props: WidgetProps) {
  const t = useMessages(rendererMessages);
  return <CheckedInput props={props} fullLength={11} check={isValidPersonalId} validText={t.personalIdValid} invalidText={t.personalIdInvalid} />;
}

export function PhoneWidget(props: WidgetProps) {
  const t = useMessages(rendererMessages);
  const hintId = `${props.id}__hint`;
  return (
    <>
      <p id={hintId} className="field__hint">{t.phoneHint}</p>
      <BaseInputTemplate {...props} type="tel" options={{ ...props.options, autocomplete: 'tel', describedBy: [hintId] }} />
    </>
  );
}

export function PostalCodeWidget(props: WidgetProps) {
  const t = useMessages(rendererMessages);
  const hintId = `${props.id}__hint`;
  return (
    <>
      <p id={hintId} className="field__hint">{t.postalCodeHint}</p>
      <BaseInputTemplate {...props} type="text" options={{ ...props.options, describedBy: [hintId], inputMode: 'numeric', autocomplete: 'postal-code' }} />
    </>
  );
}
