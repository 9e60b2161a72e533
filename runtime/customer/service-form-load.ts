/**
 * Loading a service's form and its check for the service page. The route starts it (CustomerApp's
 * ServiceRoute) while the page's own chunk, the form engine, is still on its way, so the two
 * downloads run side by side instead of one after the other.
 *
 * When the pack version is known up front, the form and its check are asked for by version, at
 * once, and the browser may keep both (their answers never change). The version comes from where
 * it is fresh: the service page's HTML, whose preload names it (the server writes it, see
 * server/http/app-pages.ts), or the offering the customer clicked through (router state). Without
 * one, or if the deployment was upgraded since, the current form is fetched and its check after it.
 */
import { ApiError } from '../../ui/api/http';
import type { Lang } from '../../form-library/format/types';
import type { SchemaCheck } from '../form-renderer/precompiled-check';
import { customerApi, type DeploymentForm } from './api';
import { versionInFormUrl } from '../../form-library/delivery/service-urls';

export type ServiceForm = DeploymentForm & { check: SchemaCheck };

/** Router state a link to the service page may carry (OfferingPage). */
export interface ServiceLinkState {
  packVersion?: number;
}

/** The pack version the server's preload in this page names for the deployment, if any. */
function preloadedVersion(deploymentId: string, lang: Lang): number | undefined {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')) {
    const version = versionInFormUrl(link.href, deploymentId, lang);
    if (version !== undefined) return version;
  }
  return undefined;
}

function isVersionState(state: unknown): state is Required<ServiceLinkState> {
  return typeof state === 'object' && state !== null && 'packVersion' in state && Number.isInteger(state.packVersion);
}

/** The pack version known before any request: from the link's router state, else the page's preload. */
export function knownVersion(deploymentId: string, lang: Lang, state: unknown): number | undefined {
  return isVersionState(state) ? state.packVersion : preloadedVersion(deploymentId, lang);
}

/** The form of a deployment with its check, by `version` when known. */
export async function loadServiceForm(deploymentId: string, lang: Lang, version: number | undefined): Promise<ServiceForm> {
  if (version !== undefined) {
    const check = customerApi.formCheck(deploymentId, version);
    // Awaited below only if the form came; a stale version's 404 must not surface as unhandled.
    check.catch(() => undefined);
    try {
      const form = await customerApi.form(deploymentId, lang, version);
      return { ...form, check: await check };
    } catch (err) {
      // Upgraded (or withdrawn) since the version was read: ask for the current form below.
      if (!(err instanceof ApiError && err.status === 404)) throw err;
    }
  }
  const form = await customerApi.form(deploymentId, lang);
  return { ...form, check: await customerApi.formCheck(form.deploymentId, form.packVersion) };
}
