import { errorId } from '@rjsf/utils';
import { useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';
import { requiredMark } from '../templates/RequiredMark';

export interface PartInputProps {
  id: string;
  label: string;
  value: string | undefined;
  type?: string;
  required?: boolean;
  readonly?: boolean;
  disabled?: boolean;
  errors?: string[];
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  className?: string;
  min?: string;
  max?: string;
  onChange(value: string | undefined): void;
  onBlur?(): void;
}

/** One labelled part of a compound field (address, date range), with its own errors. */
export function PartInput({ id, label, value, type = 'text', required, readonly, disabled, errors = [], autoComplete, inputMode, className, min, max, onChange, onBlur }: PartInputProps) {
  const t = useTexts(rendererTexts);
  const hasErrors = errors.length > 0;
  return (
    <div className={['part', className ?? '', hasErrors ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="part__label">
        {label}
        {required && requiredMark(t('required'))}
      </label>
      {hasErrors && (
        <div id={errorId(id)} className="field__error">
          {errors.map((e, i) => <p key={i}>{e}</p>)}
        </div>
      )}
      <input
        id={id}
        name={id}
        type={type}
        className="input"
        value={value ?? ''}
        required={required}
        readOnly={readonly}
        disabled={disabled}
        autoComplete={autoComplete}
        inputMode={inputMode}
        min={min}
        max={max}
        aria-invalid={hasErrors || undefined}
        aria-describedby={hasErrors ? errorId(id) : undefined}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
