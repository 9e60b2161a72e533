import { useMessages } from '../../../ui/i18n/messages';
import { rendererMessages } from '../messages';

/** A visible asterisk for sighted users and the word "required" for screen readers. */
export function RequiredMark() {
  const t = useMessages(rendererMessages);
  return (
    <>
      <span className="required-mark" aria-hidden="true"> *</span>
      <span className="visually-hidden"> ({t.required})</span>
    </>
  );
}
