/**
 * What a person typed into a server-rendered form before its scripts ran, carried over into the
 * app once React has hydrated the page.
 *
 * React hydrates a controlled field without touching what it holds, but its state still has the
 * server's (empty) value, so the next render of that field would put the empty value back. So at
 * hydration the page reads every field that differs from what the server sent, and then hands each
 * one to its own widget as if the person had typed it again: the widget's onChange turns the text
 * into the answer (a number, a date, a choice) exactly as it does for a keystroke.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A field's id with what it held at hydration: its text, or for a checkbox or radio button whether it was checked. */
export type TypedValue = { id: string; value: string } | { id: string; checked: boolean };

function isCheckable(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
}

/** The value the server rendered into a select: its option marked `selected`, else the first. */
function renderedSelectValue(select: HTMLSelectElement): string {
  const options = [...select.options];
  return (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? '';
}

/** The fields under `root` that differ from what the server rendered. */
export function typedBeforeHydration(root: ParentNode): TypedValue[] {
  const typed: TypedValue[] = [];
  for (const field of root.querySelectorAll<Field>('input[id], textarea[id], select[id]')) {
    if (field instanceof HTMLInputElement && (field.type === 'file' || field.type === 'hidden')) continue;
    if (isCheckable(field)) {
      if (field.checked !== field.defaultChecked) typed.push({ id: field.id, checked: field.checked });
    } else if (field instanceof HTMLSelectElement) {
      if (field.value !== renderedSelectValue(field)) typed.push({ id: field.id, value: field.value });
    } else if (field.value !== field.defaultValue) {
      typed.push({ id: field.id, value: field.value });
    }
  }
  return typed;
}

/** Sets a field's text past React's record of it, so that the event that follows reads as a change. */
function setUnseen(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
}

/** Gives each field in `doc` its typed value again through the events its widget listens to. */
export function retype(doc: Document, typed: readonly TypedValue[]): void {
  for (const entry of typed) {
    const field = doc.getElementById(entry.id);
    if ('checked' in entry) {
      if (!(field instanceof HTMLInputElement) || !isCheckable(field)) continue;
      // A radio button unchecked is another one checked, which has its own entry.
      if (field.type === 'radio' && !entry.checked) continue;
      // Through the element's own setter (which React watches) to the other state, then a click, as
      // a person changes it: the event React listens to for it.
      field.checked = !entry.checked;
      field.click();
    } else if (field instanceof HTMLSelectElement) {
      if (field.value === entry.value) continue;
      field.value = entry.value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      const focused = doc.activeElement === field;
      const [start, end] = focused ? [field.selectionStart, field.selectionEnd] : [null, null];
      // Through the element's own setter (which React watches) to some other text, then past it to
      // the typed one: whatever React last saw, the input event then reads as a change.
      field.value = entry.value === '' ? ' ' : '';
      setUnseen(field, entry.value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      if (focused && start !== null && end !== null) field.setSelectionRange(start, end);
    }
  }
}
