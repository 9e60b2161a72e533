/**
 * A service page's first screen rendered on the server, so that a phone shows the form's first
 * fields, ready to type in, as soon as the HTML and the stylesheet have arrived, long before its
 * scripts have downloaded and run. The rendering is the customer app's own (the same components),
 * built by `vite build` into the build's `.ssr/` folder (build/server-rendering.ts); this module
 * imports that built file, never the app's sources (api-contract/server-rendering.ts is the seam).
 *
 * Renders are kept per page and form (a few hundred at most): the form of a pinned pack version
 * changes only with the deployment's settings, so most requests reuse one.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DeploymentForm } from '../../api-contract';
import { SERVER_RENDERING_DIR, SERVER_RENDERING_ENTRY, type RuntimeServerRenderer } from '../../api-contract/server-rendering';

const KEPT_RENDERS = 200;

export interface ServicePageRendering {
  /** The markup of the app's root for the service page at `url` (path and query) with `form`, or null (no bundle, or it failed: the app draws the page). */
  render(url: string, form: DeploymentForm): Promise<string | null>;
}

function isRenderer(value: unknown): value is RuntimeServerRenderer {
  return typeof value === 'object' && value !== null && 'renderServicePage' in value && typeof value.renderServicePage === 'function';
}

export function servicePageRendering(distDir: string, log: (message: string, err?: unknown) => void = (m, e) => console.error(m, e)): ServicePageRendering {
  const file = join(distDir, SERVER_RENDERING_DIR, SERVER_RENDERING_ENTRY);
  let bundle: { stamp: number; renderer: Promise<RuntimeServerRenderer | null> } | undefined;
  const kept = new Map<string, string>();

  /** The bundle of the build now in the folder (imported again after a new build). */
  function renderer(): { stamp: number; renderer: Promise<RuntimeServerRenderer | null> } | null {
    if (!existsSync(file)) return null;
    const stamp = statSync(file).mtimeMs;
    if (bundle?.stamp !== stamp) {
      kept.clear();
      const imported = import(`${pathToFileURL(file).href}?build=${stamp}`).then(
        (module: { default?: unknown }) => {
          if (isRenderer(module.default)) return module.default;
          log(`${file} is not the server-rendering bundle of this version; service pages are drawn in the browser`);
          return null;
        },
        (err: unknown) => {
          log(`The server-rendering bundle ${file} failed to load; service pages are drawn in the browser`, err);
          return null;
        },
      );
      bundle = { stamp, renderer: imported };
    }
    return bundle;
  }

  // Imported as the server starts, not at the first customer's request (a bundle of a few MB).
  renderer();

  return {
    async render(url, form) {
      const current = renderer();
      if (!current) return null;
      const key = createHash('sha1').update(`${current.stamp}\n${url}\n${JSON.stringify(form)}`).digest('base64url');
      const hit = kept.get(key);
      if (hit !== undefined) return hit;
      const rendering = await current.renderer;
      if (!rendering) return null;
      try {
        const html = await rendering.renderServicePage({ url, form });
        if (kept.size >= KEPT_RENDERS) kept.delete(kept.keys().next().value as string);
        kept.set(key, html);
        return html;
      } catch (err) {
        log(`Rendering ${url} on the server failed; the browser draws it`, err);
        return null;
      }
    },
  };
}
