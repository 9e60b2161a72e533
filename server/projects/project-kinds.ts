/**
 * The kinds of project a customer can start in a municipality: every pack that declares project
 * data and has a service offered there (the offering's own rules, server/routing). A pack offered
 * in several versions (authorities upgrade when they choose) takes its project data from the
 * newest offered version that declares it.
 */
import type { ProjectKind } from '../../api-contract';
import { compileForm } from '../../form-library/compiler/compile-form';
import { localize } from '../../form-library/format/localize';
import type { Lang, ProjectDataDefinition } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { getDeployment } from '../deployments/deployments';
import { packVersionContent } from '../routing/pack-content';
import { offering } from '../routing/routing';
import { projectDataForm } from './project-data';

export interface KindChoice {
  packId: number;
  projectData: ProjectDataDefinition;
  kind: ProjectKind;
}

/** The kinds offered in `municipality`, by name; null when the code is not a municipality. */
export async function projectKinds(ctx: AppContext, municipality: string, lang: Lang): Promise<KindChoice[] | null> {
  const offered = await offering(ctx, municipality, { lang });
  if (!offered) return null;
  interface PackOffer {
    packId: number;
    best: { version: number; projectData: ProjectDataDefinition } | null;
    services: ProjectKind['services'];
  }
  const byPack = new Map<string, PackOffer>();
  for (const s of offered.services) {
    const packId = (await getDeployment(ctx, s.deploymentId))?.packId;
    if (packId === undefined) continue;
    let entry = byPack.get(s.packSlug);
    if (!entry) byPack.set(s.packSlug, (entry = { packId, best: null, services: [] }));
    const projectData = (await packVersionContent(ctx, packId, s.packVersion))?.projectData;
    if (projectData && (!entry.best || entry.best.version < s.packVersion)) entry.best = { version: s.packVersion, projectData };
    entry.services.push({ deploymentId: s.deploymentId, serviceId: s.serviceId, name: s.name, authority: { id: s.authority.id, name: s.authority.name } });
  }
  const kinds: KindChoice[] = [];
  for (const [slug, e] of byPack) {
    if (!e.best) continue;
    const form = projectDataForm(e.best.projectData);
    kinds.push({
      packId: e.packId,
      projectData: e.best.projectData,
      kind: {
        packSlug: slug,
        packVersion: e.best.version,
        name: localize(e.best.projectData.name, lang) || slug,
        description: localize(e.best.projectData.description, lang),
        definition: form,
        compiled: compileForm(form, lang),
        services: e.services,
      },
    });
  }
  const order = new Intl.Collator(lang);
  return kinds.sort((a, b) => order.compare(a.kind.name, b.kind.name));
}
