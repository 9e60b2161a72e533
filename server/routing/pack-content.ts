/**
 * Published pack versions are immutable: their parsed content is kept by the pack repository for
 * the life of the process, and each service's compiled form per language beside that content, so
 * the offering and the form routes never parse JSON or compile a form per request.
 */
import { compileForm, type CompiledForm } from '../../form-library/compiler/compile-form';
import type { FormPackContent, Lang, ServiceDefinition } from '../../form-library/format/types';
import type { AppContext } from '../context';

export async function packVersionContent(ctx: AppContext, packId: number, version: number): Promise<FormPackContent | null> {
  return ctx.repos.packs.publishedContent(packId, version);
}

export async function serviceOfVersion(ctx: AppContext, packId: number, version: number, serviceId: string): Promise<ServiceDefinition | null> {
  return (await packVersionContent(ctx, packId, version))?.services.find((s) => s.id === serviceId) ?? null;
}

/** The services of these pack versions, in their order: one read for each distinct pack version. */
export async function servicesOfVersions(
  ctx: AppContext,
  refs: ReadonlyArray<{ packId: number; packVersion: number; serviceId: string }>,
): Promise<Array<ServiceDefinition | null>> {
  const contents = new Map<string, Promise<FormPackContent | null>>();
  const contentOf = (packId: number, version: number): Promise<FormPackContent | null> => {
    const key = `${packId}:${version}`;
    let content = contents.get(key);
    if (!content) contents.set(key, (content = packVersionContent(ctx, packId, version)));
    return content;
  };
  const found = await Promise.all(refs.map((r) => contentOf(r.packId, r.packVersion)));
  return refs.map((r, i) => found[i]?.services.find((s) => s.id === r.serviceId) ?? null);
}

/** Compiled forms by the (kept, immutable) service they were compiled from, then by language. */
const compiled = new WeakMap<ServiceDefinition, Map<Lang, CompiledForm>>();

/** The compiled form of a published service in one language (immutable, so kept). */
export function compiledServiceForm(service: ServiceDefinition, lang: Lang): CompiledForm {
  let byLang = compiled.get(service);
  if (!byLang) {
    byLang = new Map();
    compiled.set(service, byLang);
  }
  let form = byLang.get(lang);
  if (!form) {
    form = compileForm(service.form, lang);
    byLang.set(lang, form);
  }
  return form;
}
