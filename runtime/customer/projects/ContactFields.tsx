/**
 * The project's contact person as the customer enters it when starting a project and when changing
 * it later: name (required), phone, and for a strongly identified customer the e-mail address the
 * receipts go to (an e-mail customer's is their own sign-in address, not asked).
 */
import type { FieldError } from '../../../form-library/format/types';
import { useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { fieldIdForPath } from '../../form-renderer/error-paths';

export interface ContactValues {
  name: string;
  phone: string;
  email: string;
}

/** The problems the page can tell before asking the server: a name, and an address where one is asked. */
export function missingContact(values: ContactValues, askEmail: boolean, t: (key: 'errContactName' | 'errContactEmail') => string): FieldError[] {
  const problems: FieldError[] = [];
  if (!values.name.trim()) problems.push({ path: 'contact.name', message: t('errContactName') });
  if (askEmail && !values.email.trim()) problems.push({ path: 'contact.email', message: t('errContactEmail') });
  return problems;
}

/** The contact as the API takes it: the address only where the customer gives one. */
export function contactBody(values: ContactValues, askEmail: boolean): { name: string; phone: string | null; email?: string } {
  return { name: values.name.trim(), phone: values.phone.trim() || null, ...(askEmail ? { email: values.email.trim() } : {}) };
}

export function ContactFields({ values, onChange, askEmail, errors }: {
  values: ContactValues;
  onChange(values: ContactValues): void;
  askEmail: boolean;
  errors: readonly FieldError[];
}) {
  const t = useTexts(projectTexts);
  // Problems are named by the API's paths (contact.name, as the server names them); the inputs have the
  // ids the error summary links to (root_contact_name), as the send form's contact fields do.
  const field = (path: string, label: string, required: boolean, input: { type?: string; autoComplete: string; value: string; set(value: string): void }, hint?: string) => {
    const error = errors.find((e) => e.path === path)?.message;
    const id = fieldIdForPath(path);
    const describedBy = [error ? `${id}__error` : null, hint ? `${id}__hint` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className={error ? 'field-row field--error' : 'field-row'}>
        <label htmlFor={id} className="label">{label}{required && <> <span aria-hidden="true">*</span></>}</label>
        {hint && <p className="hint" id={`${id}__hint`}>{hint}</p>}
        {error && <p className="error-text" id={`${id}__error`}>{error}</p>}
        <input id={id} className="input" type={input.type ?? 'text'} autoComplete={input.autoComplete} required={required} value={input.value}
          onChange={(e) => input.set(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      </div>
    );
  };
  return (
    <>
      {field('contact.name', t('contactName'), true, { autoComplete: 'name', value: values.name, set: (name) => onChange({ ...values, name }) })}
      {field('contact.phone', t('contactPhone'), false, { type: 'tel', autoComplete: 'tel', value: values.phone, set: (phone) => onChange({ ...values, phone }) })}
      {askEmail && field('contact.email', t('contactEmail'), true, { type: 'email', autoComplete: 'email', value: values.email, set: (email) => onChange({ ...values, email }) }, t('contactEmailHint'))}
    </>
  );
}
