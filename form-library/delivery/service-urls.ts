/**
 * Where a deployed service is filled and where its form comes from: the customer app's service
 * page route and the API URLs of a deployment's form and check. Here, below both the app and the
 * server, because the two must agree on them exactly: the customer app fetches these URLs, and
 * the server names the same URLs as preloads in the service page's HTML
 * (server/http/app-pages.ts), which the browser reuses only for the very same URL.
 */
import { LANGS, type Lang } from '../../languages/localized-text';

/** The service page under /:lang/ (CustomerApp's route). */
export const SERVICE_PAGE_ROUTE = 'asioi/:municipality/palvelu/:deploymentId';

export interface ServicePageAddress {
  lang: Lang;
  municipality: string;
  deploymentId: string;
}

/** The service page a path names (`/fi/asioi/091/palvelu/12`), or null. */
export function servicePageOf(pathname: string): ServicePageAddress | null {
  const [empty, lang, ...rest] = pathname.replace(/\/$/, '').split('/');
  const route = SERVICE_PAGE_ROUTE.split('/');
  if (empty !== '' || !(LANGS as readonly string[]).includes(lang) || rest.length !== route.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of route.entries()) {
    const segment = rest[i];
    if (part.startsWith(':')) {
      if (!segment) return null;
      params[part.slice(1)] = decodeURIComponent(segment);
    } else if (segment !== part) return null;
  }
  return { lang: lang as Lang, municipality: params.municipality, deploymentId: params.deploymentId };
}

/**
 * GET /api/deployments/:id/form. With the pack version the answer never changes (the server lets
 * browsers keep it a year); without it, it is the deployment's current form, never kept.
 */
export function deploymentFormUrl(deploymentId: string | number, lang: Lang, version?: number): string {
  return `/api/deployments/${encodeURIComponent(deploymentId)}/form?lang=${lang}${version === undefined ? '' : `&version=${version}`}`;
}

/** GET /api/deployments/:id/validator.js: the form's check, precompiled by the server. */
export function deploymentCheckUrl(deploymentId: string | number, version: number): string {
  return `/api/deployments/${encodeURIComponent(deploymentId)}/validator.js?version=${version}`;
}

/** The pack version in a form URL of `deploymentFormUrl`, if it is one for this deployment and language. */
export function versionInFormUrl(url: string, deploymentId: string | number, lang: Lang): number | undefined {
  const parsed = new URL(url, 'http://localhost');
  const version = Number(parsed.searchParams.get('version'));
  if (!Number.isInteger(version) || version < 1) return undefined;
  return parsed.pathname + parsed.search === deploymentFormUrl(deploymentId, lang, version) ? version : undefined;
}
