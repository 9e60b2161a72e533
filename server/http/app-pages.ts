/**
 * The built apps (dist/): hashed assets precompressed at build time (build/precompress.ts) and kept
 * by browsers for a year; each app's HTML shell for every client-side route, never kept without
 * asking (`no-cache`), with preloads of what the route's first screen needs, so that a phone on a
 * slow connection fetches it all at once instead of one request after another. A service page comes
 * with its first screen already rendered (service-page-rendering.ts): its fields are there to read
 * and type in before any script has run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { deploymentCheckUrl, deploymentFormUrl, servicePageOf } from '../../form-library/delivery/service-urls';
import type { AppContext } from '../context';
import { getDeployment } from '../deployments/deployments';
import { deploymentForm } from '../deployments/deployment-form';
import type { Lang } from '../../form-library/format/types';
import { etagOf, IMMUTABLE } from './immutable';
import { isBuilderPath } from './security';
import { servicePageRendering, type ServicePageRendering } from './service-page-rendering';

/** Vite's build manifest (build.manifest in vite.config.ts): source module → its chunk. */
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/**
 * The modules of the runtime's HTML entry, of the app it starts (imported by the entry once a
 * server-rendered page is painted, runtime/main.tsx) and of its lazily loaded service page, as the
 * manifest names them.
 */
const RUNTIME_ENTRY = 'runtime/index.html';
const APP_MODULE = 'runtime/start-app.tsx';
const SERVICE_PAGE_MODULE = 'runtime/customer/pages/ServicePage.tsx';

type AppName = 'runtime' | 'builder';

interface Shell {
  html: string;
  manifest: Manifest;
  stamp: number;
}

/** Static files: `.br`/`.gz` siblings by Accept-Encoding (with Vary), cache headers by kind. */
function assets(distDir: string): RequestHandler {
  const hashed = join(distDir, 'assets') + sep;
  return expressStaticGzip(distDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res, path) => {
        // Names under assets/ carry a hash of their content: a new build means a new name.
        res.setHeader('Cache-Control', path.startsWith(hashed) ? `public, ${IMMUTABLE}` : 'no-cache');
      },
    },
  });
}

function readShell(distDir: string, app: AppName, cached: Shell | undefined): Shell | null {
  const index = resolve(distDir, app, 'index.html');
  if (!existsSync(index)) return null;
  const stamp = statSync(index).mtimeMs;
  if (cached?.stamp === stamp) return cached;
  const manifestPath = resolve(distDir, '.vite', 'manifest.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};
  return { html: readFileSync(index, 'utf8'), manifest, stamp };
}

/** `key` and the modules it imports statically, transitively, less those in `skip`. */
function importedKeys(manifest: Manifest, key: string, skip: ReadonlySet<string> = new Set()): Set<string> {
  const keys = new Set<string>();
  const visit = (k: string) => {
    if (keys.has(k) || skip.has(k) || !manifest[k]) return;
    keys.add(k);
    manifest[k].imports?.forEach(visit);
  };
  visit(key);
  return keys;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A runtime page's additions to the shell: preloads for its head and, for a service page, its first screen. */
interface RuntimePage {
  links: string[];
  /** The app's root as the server rendered it, or null: the app draws the page. */
  root: string | null;
  lang?: Lang;
}

/**
 * What the runtime's page at `path` needs beyond the shell's own entry: the app the entry starts
 * and, on a service page, the page's chunks (the form engine), the deployment's form and its precompiled check. Named by the
 * same functions the app fetches them with (runtime/customer/service-urls.ts), with the pack version
 * the deployment pins now, so the app's requests find them already under way (or in the cache).
 * And the page's first screen, rendered with that same form, which the app hydrates once the
 * form is here.
 */
async function runtimePage(ctx: AppContext, rendering: ServicePageRendering, manifest: Manifest, path: string, url: string): Promise<RuntimePage> {
  const modulePreload = (k: string) => `<link rel="modulepreload" crossorigin href="/${attr(manifest[k].file)}">`;
  const entry = importedKeys(manifest, RUNTIME_ENTRY);
  const app = importedKeys(manifest, APP_MODULE, entry);
  const links = [...app].map(modulePreload);
  const page = servicePageOf(path);
  if (!page) return { links, root: null };
  links.push(...[...importedKeys(manifest, SERVICE_PAGE_MODULE, new Set([...entry, ...app]))].map(modulePreload));
  const id = /^[1-9]\d{0,14}$/.test(page.deploymentId) ? Number(page.deploymentId) : 0;
  const deployment = id ? await getDeployment(ctx, id) : null;
  if (!deployment?.active) return { links, root: null };
  // `crossorigin` makes the preload a CORS fetch with same-origin credentials, as the app's fetch() is.
  links.push(`<link rel="preload" as="fetch" crossorigin href="${attr(deploymentFormUrl(id, page.lang, deployment.packVersion))}">`);
  links.push(`<link rel="modulepreload" crossorigin href="${attr(deploymentCheckUrl(id, deployment.packVersion))}">`);
  const form = await deploymentForm(ctx, id, page.lang);
  return { links, root: form ? await rendering.render(url, form) : null, lang: page.lang };
}

/** The app's scripts and the preloads in a shell's head. */
const HEAD_SCRIPTS = /\n?[ \t]*(<script type="module"[^>]*><\/script>|<link rel="(?:modulepreload|preload)"[^>]*>)/g;

/**
 * The shell with the server-rendered root in its root element and the page's language on <html>.
 * Its scripts and preloads move from the head to the end of the body: the first screen needs only
 * the HTML and the stylesheets, and on a slow connection every request under way shares the
 * bandwidth, so the browser finds the scripts (which only take the page over) once the HTML is in.
 * The chunks are preloaded as plain scripts, not as modules: a module preload is also compiled
 * when it arrives, which on a second visit (all from the cache at once) came before the first paint.
 */
function withRoot(html: string, root: string | null, lang: Lang | undefined): string {
  if (root === null) return html;
  const headEnd = html.indexOf('</head>');
  const moved: string[] = [];
  const head = html.slice(0, headEnd).replace(HEAD_SCRIPTS, (_, tag: string) => {
    moved.push(tag.replace('<link rel="modulepreload"', '<link rel="preload" as="script"'));
    return '';
  });
  const body = html
    .slice(headEnd)
    .replace('<div id="root"></div>', () => `<div id="root">${root}</div>`)
    .replace(/\n?([ \t]*)<\/body>/, (_, indent: string) => `${moved.map((t) => `\n${indent}  ${t}`).join('')}\n${indent}</body>`);
  return (lang ? head.replace(/<html lang="[a-z]+">/, `<html lang="${lang}">`) : head) + body;
}

/** The shell with `links` at the end of its head, indented as the head's own lines are. */
function withLinks(html: string, links: string[]): string {
  if (links.length === 0) return html;
  return html.replace(/\n?([ \t]*)<\/head>/, (_, indent: string) => `${links.map((l) => `\n${indent}  ${l}`).join('')}\n${indent}</head>`);
}

/** Each app's HTML shell for its client-side routes, with the route's preloads (and first screen). */
function shells(ctx: AppContext, distDir: string): RequestHandler {
  const cache: Partial<Record<AppName, Shell>> = {};
  const rendering = servicePageRendering(distDir);
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A hashed file that is not there (a page of an older build asking for its chunks) is a 404,
    // not the HTML shell a browser would then fail to run as a script.
    if (req.path.startsWith('/assets/')) return next();
    const app: AppName = isBuilderPath(req.path) ? 'builder' : 'runtime';
    const shell = readShell(distDir, app, cache[app]);
    if (!shell) {
      res.status(404).type('text/plain').send('The apps are not built: run `npm run build` (or `npm start`).');
      return;
    }
    cache[app] = shell;
    const page = app === 'runtime' ? await runtimePage(ctx, rendering, shell.manifest, req.path, req.url) : { links: [], root: null };
    const html = withRoot(withLinks(shell.html, page.links), page.root, page.lang);
    res.set('Cache-Control', 'no-cache');
    res.set('ETag', etagOf(html));
    res.type('html');
    // res.send answers 304 itself when the browser's If-None-Match holds this ETag.
    res.send(html);
  };
}

export function appPages(ctx: AppContext): RequestHandler[] {
  const distDir = resolve(ctx.config.distDir);
  return [assets(distDir), shells(ctx, distDir)];
}
