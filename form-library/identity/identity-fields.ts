/**
 * Which fields of a form a strong identity fills, and filling them. The rule: a field with
 * `identityField` holds what it names (given name, family name, full name, henkilötunnus); a
 * henkilötunnus field without it is someone else's (the cared person's, a child's) and stays the
 * customer's to fill. Only fields on pages and in sections are
 * filled, never inside repeating groups (a group's items are other people). The customer app shows
 * them read-only and the server overwrites them on sending, so the browser is never trusted.
 *
 * The company's fields (its name, its Y-tunnus) are filled the same way from the company the person
 * acts for, whose mandate the server has just checked. A person acting for themselves fills them
 * as ordinary fields: they may be writing about a company they do not represent through a mandate
 * (a sole trader's own business name, an organiser's), and nothing vouches for any company then.
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

/** The company a strongly identified person acts for, as the mandates source named it. */
export interface IdentifiedCompany {
  businessId: string;
  name: string;
}

/**
 * What of the identity a field of `kind` may hold, as its spec says (kinds/): a text a name (the
 * person's or the company's), a henkilötunnus field the henkilötunnus, a Y-tunnus field the company's.
 */
export function identityFieldsOfKind(kind: ElementKind): readonly IdentityField[] {
  return specOf(kind).identityFields ?? [];
}

/** Whether a field holds the company's, filled only while the person acts for one. */
export function isCompanyField(field: IdentityField): boolean {
  return field === 'organisationName' || field === 'businessId';
}

/** What an element holds of the identity, if anything. */
export function identityFieldOf(element: FormElement): IdentityField | undefined {
  if (element.kind === 'group' || element.kind === 'section' || element.kind === 'info') return undefined;
  return element.identityField;
}

/** What a field holds of the identity; undefined for a company's field when the person acts for no company. */
export function identityValue(person: IdentifiedPerson, field: IdentityField, company: IdentifiedCompany | null = null): string | undefined {
  switch (field) {
    case 'personalId':
      return person.personalId;
    case 'givenName':
      return person.givenName;
    case 'familyName':
      return person.familyName;
    case 'fullName':
      return `${person.givenName} ${person.familyName}`.trim();
    case 'organisationName':
      return company?.name;
    case 'businessId':
      return company?.businessId;
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

/**
 * Every field of the form that a strong identity fills, in form order: the person's always, the
 * company's only with `company` (acting for themselves the person fills those).
 */
export function identityFieldPaths(form: FormDefinition, company: IdentifiedCompany | null = null): IdentityFieldPath[] {
  const found: IdentityFieldPath[] = [];
  for (const page of form.pages) collect(page.elements, [], found);
  return company ? found : found.filter((f) => !isCompanyField(f.field));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The answers with every identity field set from `person` and, acting for one, `company` (a new
 * object; sections copied as needed). Without a company its fields keep what the customer typed.
 */
export function fillIdentityFields(form: FormDefinition, data: FormData, person: IdentifiedPerson, company: IdentifiedCompany | null = null): FormData {
  const result: FormData = { ...data };
  for (const { path, field } of identityFieldPaths(form, company)) {
    const value = identityValue(person, field, company);
    if (value === undefined) continue;
    let target: Record<string, unknown> = result;
    for (const key of path.slice(0, -1)) {
      const inner = target[key];
      const copy: Record<string, unknown> = isRecord(inner) ? { ...inner } : {};
      target[key] = copy;
      target = copy;
    }
    target[path[path.length - 1]] = value;
  }
  return result;
}
