/**
 * Which fields of a form a strong identity fills, and filling them. The rule: a field with
 * `identityField` holds what it names (given name, family name, full name, henkilötunnus); a
 * henkilötunnus field without it is someone else's (the cared person's, a child's) and stays the
 * customer's to fill. Only fields on pages and in sections are
 * filled, never inside repeating groups (a group's items are other people). The customer app shows
 * them read-only and the server overwrites them on sending, so the browser is never trusted.
 */
import type { ElementKind, FormData, FormDefinition, FormElement, IdentityField } from '../format/types';
import { specOf } from '../kinds/kind-specs';

/** The strongly identified person, as the identity provider vouched for them. */
export interface IdentifiedPerson {
  givenName: string;
  familyName: string;
  /** The henkilötunnus. */
  personalId: string;
}

/** What of the identity a field of `kind` may hold, as its spec says (kinds/): a text a name, a henkilötunnus field the henkilötunnus. */
export function identityFieldsOfKind(kind: ElementKind): readonly IdentityField[] {
  return specOf(kind).identityFields ?? [];
}

/** What an element holds of the identity, if anything. */
export function identityFieldOf(element: FormElement): IdentityField | undefined {
  if (element.kind === 'group' || element.kind === 'section' || element.kind === 'info') return undefined;
  return element.identityField;
}

export function identityValue(person: IdentifiedPerson, field: IdentityField): string {
  switch (field) {
    case 'personalId':
      return person.personalId;
    case 'givenName':
      return person.givenName;
    case 'familyName':
      return person.familyName;
    case 'fullName':
      return `${person.givenName} ${person.familyName}`.trim();
  }
}

/** A filled field: its data path (keys from the top, sections first) and what it holds. */
export interface IdentityFieldPath {
  path: string[];
  field: IdentityField;
}

function collect(elements: readonly FormElement[], prefix: string[], into: IdentityFieldPath[]): void {
  for (const element of elements) {
    if (element.kind === 'section') collect(element.elements, [...prefix, element.key], into);
    const field = identityFieldOf(element);
    if (field) into.push({ path: [...prefix, element.key], field });
  }
}

/** Every field of the form that a strong identity fills, in form order. */
export function identityFieldPaths(form: FormDefinition): IdentityFieldPath[] {
  const found: IdentityFieldPath[] = [];
  for (const page of form.pages) collect(page.elements, [], found);
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answers with every identity field set from `person` (a new object; sections copied as needed). */
export function fillIdentityFields(form: FormDefinition, data: FormData, person: IdentifiedPerson): FormData {
  const result: FormData = { ...data };
  for (const { path, field } of identityFieldPaths(form)) {
    let target: Record<string, unknown> = result;
    for (const key of path.slice(0, -1)) {
      const inner = target[key];
      const copy: Record<string, unknown> = isRecord(inner) ? { ...inner } : {};
      target[key] = copy;
      target = copy;
    }
    target[path[path.length - 1]] = identityValue(person, field);
  }
  return result;
}
