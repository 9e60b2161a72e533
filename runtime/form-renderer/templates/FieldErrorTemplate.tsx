import { errorId, type FieldErrorProps } from '@rjsf/utils';
import type { ReactNode } from 'react';

/**
 * A field's errors, or null when it has none. A plain function, not a component: FieldTemplate
 * calls it with rjsf's raw errors and so mounts no error template for each field.
 */
export function fieldErrors(id: Parameters<typeof errorId>[0], errors: ReactNode[] = []) {
  const shown = errors.filter(Boolean);
  if (shown.length === 0) return null;
  return (
    <div id={errorId(id)} className="field__error">
      {shown.map((error, index) => (
        <p key={index}>{error}</p>
      ))}
    </div>
  );
}

export function FieldErrorTemplate({ errors, fieldPathId }: FieldErrorProps) {
  return fieldErrors(fieldPathId, errors);
}
