import { helpId, type FieldHelpProps } from '@rjsf/utils';
import type { ReactNode } from 'react';

/** A field's help text, or null when it has none. A plain function, as `fieldErrors`. */
export function fieldHelp(id: Parameters<typeof helpId>[0], help: ReactNode) {
  if (!help) return null;
  return (
    <div id={helpId(id)} className="field__help">
      {help}
    </div>
  );
}

export function FieldHelpTemplate({ help, fieldPathId }: FieldHelpProps) {
  return fieldHelp(fieldPathId, help);
}
