import type { TitleFieldProps } from '@rjsf/utils';
import { RequiredMark } from './RequiredMark';

export function TitleFieldTemplate({ id, title, required }: TitleFieldProps) {
  return (
    <legend id={id} className="fieldset__legend">
      {title}
      {required && <RequiredMark />}
    </legend>
  );
}
