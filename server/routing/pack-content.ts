/**
 * Published pack versions are immutable, so their parsed content is cached per database for the
 * life of the process: the offering and the form routes never parse JSON per request.
 */
import { and, eq } from 'drizzle-orm';
import { compileForm, type CompiledForm } from '../../form-library/compiler/compile-form';
import type { FormPackContent, Lang, ServiceDefinition } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { Db } from '../db/connection';
import { packVersions } from '../db/schema';

const caches = new WeakMap<Db, Map<string, FormPackContent | null>>();

export function packVersionContent(ctx: AppContext, packId: number, version: number): FormPackContent | null {
  let cache = caches.get(ctx.db);
  if (!cache) {
    cache = new Map();
    caches.set(ctx.db, cache);
  }
  const key = `${packId}:${version}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const row = ctx.db
    .select({ contentJson: packVersions.contentJson })
    .from(packVersions)
    .where(and(eq(packVersions.packId, packId), eq(packVersions.version, version)))
    .get();
  const content = row ? (JSON.parse(row.contentJson) as FormPackContent) : null;
  // Only found versions are cached: a missing one may be published a moment later.
  if (content) cache.set(key, content);
  return content;
}

export function serviceOfVersion(ctx: AppContext, packId: number, version: number, serviceId: string): ServiceDefinition | null {
  return packVersionContent(ctx, packId, version)?.services.find((s) => s.id === serviceId) ?? null;
}

const compiledCaches = new WeakMap<Db, Map<string, CompiledForm>>();

/** The compiled form of a published service in one language (immutable, so cached). */
export function compiledServiceForm(ctx: AppContext, packId: number, version: number, service: ServiceDefinition, lang: Lang): CompiledForm {
  let cache = compiledCaches.get(ctx.db);
  if (!cache) {
    cache = new Map();
    compiledCaches.set(ctx.db, cache);
  }
  const key = `${packId}:${version}:${service.id}:${lang}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compileForm(service.form, lang);
    cache.set(key, compiled);
  }
  return compiled;
}
