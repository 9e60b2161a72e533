/**
 * What the project walks share: the event pack's labels as the customer reads them, the customer's
 * sign-in by the emailed code, the project data typed into the start page, and a customer's own
 * API calls in the browser's session (the CSRF token as the app sends it).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FormData, FormElement, Lang } from '../../form-library/format/types';
import { examplePdf, setAnswerAt, visibleAnswerPaths } from '../../form-library/library/example-answers';
import { readyPack, readyPackExamples } from '../../form-library/library/index';
import { valueAt } from '../../form-library/projects/project-fields';
import { customerTexts } from '../../i18n/catalogs/customer';
import { partTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import type { TestServer } from '../support/server';

export const events = readyPack('event-organising');
export const FIVE_SERVICES = ['public-event-police', 'public-event-rescue', 'event-noise', 'temporary-food-sales', 'public-area-use'] as const;

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
export const starts = (text: string) => new RegExp(`^${escape(text)}`);

export function serviceOf(id: string) {
  const service = events.services.find((s) => s.id === id);
  if (!service) throw new Error(`no service ${id}`);
  return service;
}
export const serviceName = (id: string, lang: Lang) => serviceOf(id).name[lang] ?? serviceOf(id).name.fi!;

function find(elements: FormElement[], keys: string[]): FormElement {
  let list = elements;
  let found: FormElement | undefined;
  for (const key of keys) {
    found = list.find((e) => e.key === key);
    if (!found) throw new Error(`no element ${keys.join('.')}`);
    if (found.kind === 'section' || found.kind === 'group') list = found.elements;
  }
  return found!;
}

/** A project data field's label, by its dotted key's parts. */
export function dataLabel(lang: Lang, ...keys: string[]): string {
  const el = find(events.projectData!.elements, keys);
  return el.label[lang] ?? el.label.fi!;
}
export function dataOption(lang: Lang, keys: string[], value: string): string {
  const el = find(events.projectData!.elements, keys);
  if (el.kind !== 'choice' && el.kind !== 'multiChoice') throw new Error(`${keys.join('.')} has no options`);
  const option = el.options.find((o) => o.value === value)!;
  return option.label[lang] ?? option.label.fi!;
}
/** A service form field's label, by its dotted key's parts. */
export function fieldLabel(serviceId: string, lang: Lang, ...keys: string[]): string {
  const el = find(serviceOf(serviceId).form.pages.flatMap((p) => p.elements), keys);
  return el.label[lang] ?? el.label.fi!;
}
export function fieldOption(serviceId: string, lang: Lang, keys: string[], value: string): string {
  const el = find(serviceOf(serviceId).form.pages.flatMap((p) => p.elements), keys);
  if (el.kind !== 'choice' && el.kind !== 'multiChoice') throw new Error(`${keys.join('.')} has no options`);
  const option = el.options.find((o) => o.value === value)!;
  return option.label[lang] ?? option.label.fi!;
}

/** On the sign-in page: asks for a code, reads it from the outbox as the email would bring it, signs in. */
export async function signInByCode(page: Page, server: TestServer, email: string, lang: Lang): Promise<void> {
  const t = translator(customerTexts, lang);
  await page.getByRole('heading', { level: 1, name: t('signInTitle') }).waitFor();
  await page.getByLabel(t('email')).fill(email);
  await page.getByRole('button', { name: t('sendCode') }).click();
  await page.getByLabel(t('code')).waitFor();
  const mail = (await server.outbox()).filter((m) => m.kind === 'sign_in_code' && m.toEmail === email).pop();
  const code = mail && /\b(\d{6,8})\b/.exec(server.mail(mail).body)?.[1];
  expect(code).toBeTruthy();
  await page.getByLabel(t('code')).fill(code!);
  await page.getByRole('button', { name: t('signIn'), exact: true }).click();
}

export interface EventFacts {
  organiserName: string;
  businessId: string;
  email: string;
  place: string;
  street: string;
  postalCode: string;
  postOffice: string;
  municipalitySearch: string;
  municipalityName: string;
  eventName: string;
  hours: string;
  attendance: number;
  simultaneous: number;
}

async function fillAddress(group: Locator, lang: Lang, street: string, postalCode: string, postOffice: string) {
  const parts = translator(partTexts, lang);
  await group.getByLabel(starts(parts('street'))).fill(street);
  await group.getByLabel(starts(parts('postalCode'))).fill(postalCode);
  await group.getByLabel(starts(parts('postOffice'))).fill(postOffice);
}

/** Types the organiser, the contact person and the event into the project data form, once. */
export async function fillProjectData(page: Page, lang: Lang, facts: EventFacts): Promise<void> {
  const parts = translator(partTexts, lang);
  const organiser = page.getByRole('group', { name: dataLabel(lang, 'organiser'), exact: true });
  await organiser.getByRole('group', { name: starts(dataLabel(lang, 'organiser', 'organiserType')) })
    .getByLabel(dataOption(lang, ['organiser', 'organiserType'], 'association'), { exact: true }).check();
  await organiser.getByLabel(starts(dataLabel(lang, 'organiser', 'organiserName'))).fill(facts.organiserName);
  await organiser.getByLabel(starts(dataLabel(lang, 'organiser', 'organiserBusinessId'))).fill(facts.businessId);
  await fillAddress(organiser.getByRole('group', { name: starts(dataLabel(lang, 'organiser', 'organiserAddress')) }), lang, facts.street, facts.postalCode, facts.postOffice);
  await organiser.getByLabel(starts(dataLabel(lang, 'organiser', 'organiserPhone'))).fill('+358 40 123 4567');
  await organiser.getByLabel(starts(dataLabel(lang, 'organiser', 'organiserEmail'))).fill(facts.email);
  const contact = page.getByRole('group', { name: dataLabel(lang, 'contactPerson'), exact: true });
  await contact.getByLabel(starts(dataLabel(lang, 'contactPerson', 'contactName'))).fill('Saara Virtanen');
  await contact.getByLabel(starts(dataLabel(lang, 'contactPerson', 'contactPhone'))).fill('+358 40 765 4321');
  await contact.getByLabel(starts(dataLabel(lang, 'contactPerson', 'contactEmail'))).fill(facts.email);
  const event = page.getByRole('group', { name: dataLabel(lang, 'event'), exact: true });
  await event.getByLabel(starts(dataLabel(lang, 'event', 'eventName'))).fill(facts.eventName);
  await event.getByLabel(starts(dataLabel(lang, 'event', 'eventPlace'))).fill(facts.place);
  await fillAddress(event.getByRole('group', { name: starts(dataLabel(lang, 'event', 'eventAddress')) }), lang, facts.street, facts.postalCode, facts.postOffice);
  const municipality = event.getByRole('combobox', { name: starts(dataLabel(lang, 'event', 'eventMunicipality')) });
  await municipality.fill(facts.municipalitySearch);
  await page.keyboard.press('Enter');
  await expect.poll(() => municipality.inputValue()).toContain(facts.municipalityName);
  const dates = event.getByRole('group', { name: starts(dataLabel(lang, 'event', 'eventDates')) });
  await dates.getByLabel(starts(parts('start'))).fill('2027-06-12');
  await dates.getByLabel(starts(parts('end'))).fill('2027-06-12');
  await event.getByLabel(starts(dataLabel(lang, 'event', 'eventHours'))).fill(facts.hours);
  await event.getByRole('group', { name: starts(dataLabel(lang, 'event', 'venueKind')) }).getByLabel(dataOption(lang, ['event', 'venueKind'], 'outdoors'), { exact: true }).check();
  await event.getByLabel(starts(dataLabel(lang, 'event', 'expectedAttendees'))).fill(String(facts.attendance));
  await event.getByLabel(starts(dataLabel(lang, 'event', 'maxSimultaneousAttendees'))).fill(String(facts.simultaneous));
}

/** The customer's own call in the browser's session, with the CSRF token the app would send. */
export async function customerCall<T>(page: Page, method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const at = (p: string) => new URL(p, page.url()).toString();
  const token = method === 'GET' ? null : ((await (await page.request.get(at('/api/csrf'))).json()) as { token: string }).token;
  const res = await page.request.fetch(at(path), { method, headers: token ? { 'x-csrf-token': token } : {}, data: body });
  return { status: res.status(), body: (await res.json()) as T };
}

async function uploadPdf(page: Page, name: string): Promise<string> {
  const at = (p: string) => new URL(p, page.url()).toString();
  const token = ((await (await page.request.get(at('/api/csrf'))).json()) as { token: string }).token;
  const res = await page.request.post(at('/api/attachments'), {
    headers: { 'x-csrf-token': token },
    multipart: { file: { name: `${name}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(examplePdf(name)) } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

function mergeAnswers(example: FormData, own: FormData): FormData {
  const out: FormData = structuredClone(example);
  for (const [key, value] of Object.entries(own)) {
    const base = out[key];
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && base && typeof base === 'object' && !Array.isArray(base)
      ? mergeAnswers(base as FormData, value as FormData)
      : value;
  }
  return out;
}

/**
 * Fills a permit draft's own answers (those the project does not hold) from the pack's example,
 * with real uploaded PDFs, and saves the draft on the server as the permit's form does.
 */
export async function fillOwnAnswers(page: Page, projectId: number, permitId: number, serviceId: string): Promise<void> {
  const base = `/api/my/projects/${projectId}/permits/${permitId}`;
  const draft = await customerCall<{ data: FormData; version: number; fromProject: Array<{ path: string }> }>(page, 'GET', `${base}?lang=fi`);
  expect(draft.status).toBe(200);
  const data = mergeAnswers(readyPackExamples[serviceId], draft.body.data);
  // The project's values stay as they are: the server refuses a mapped field that differs.
  for (const f of draft.body.fromProject) expect(valueAt(data, f.path)).toEqual(valueAt(draft.body.data, f.path));
  for (const path of visibleAnswerPaths(serviceOf(serviceId), data, 'attachment', Array.isArray)) setAnswerAt(data, path, [await uploadPdf(page, path.join('-'))]);
  const saved = await customerCall<{ missing: unknown[] }>(page, 'PUT', `${base}?lang=fi`, { data, version: draft.body.version });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.missing).toEqual([]);
}
