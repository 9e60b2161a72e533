import { helpId, type FieldHelpProps } from '@rjsf/utils';

export function FieldHelpTemplate({ help, fieldPathId }: FieldHelpProps) {
  if (!help) return null;
  return (
    <div id={helpId(fieldPathId)} className="field__help">
      {help}
    </div>
  );
}
