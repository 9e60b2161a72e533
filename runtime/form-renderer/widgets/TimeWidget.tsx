import type { WidgetProps } from '@rjsf/utils';
import { BaseInputTemplate } from '../templates/BaseInputTemplate';

/**
 * A time of day as the browser's own time input gives it, 'HH:MM', stored as typed (rjsf's
 * TimeWidget would append ':00' seconds for JSON Schema's `time`; our format is fi-time, 'HH:MM').
 */
export function TimeWidget(props: WidgetProps) {
  return <BaseInputTemplate {...props} type="time" />;
}
