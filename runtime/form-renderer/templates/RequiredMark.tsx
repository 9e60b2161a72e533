import { useTexts } from '../../../ui/i18n/texts';
import { rendererTexts } from '../../../i18n/catalogs/form';

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
  return requiredMark(useTexts(rendererTexts)('required'));
}
