import { useMessages } from '../../../ui/i18n/messages';
import { rendererMessages } from '../messages';

/**
 * A visible asterisk for sighted users and the word "required" (`requiredWord`, in the page's
 * language) for screen readers. A plain function, not a component: called from a template that
 * already has the texts, it adds no component of its own to each required field.
 */
export function requiredMark(requiredWord: string) {
  return (
    <>
      <span className="required-mark" aria-hidden="true"> *</span>
      <span className="visually-hidden"> ({requiredWord})</span>
    </>
  );
}

export function RequiredMark() {
  return requiredMark(useMessages(rendererMessages).required);
}
