import type { DescriptionFieldProps } from '@rjsf/utils';

export function DescriptionFieldTemplate({ id, description }: DescriptionFieldProps) {
  if (!description) return null;
  return <div id={id} className="field__description">{description}</div>;
}
