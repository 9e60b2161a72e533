import { errorId, type FieldErrorProps } from '@rjsf/utils';

export function FieldErrorTemplate({ errors = [], fieldPathId }: FieldErrorProps) {
  const shown = errors.filter(Boolean);
  if (shown.length === 0) return null;
  return (
    <div id={errorId(fieldPathId)} className="field__error">
      {shown.map((error, index) => (
        <p key={index}>{error}</p>
      ))}
    </div>
  );
}
