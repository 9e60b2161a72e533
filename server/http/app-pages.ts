/**
 * The built apps (dist/): hashed assets precompressed at build time (build/precompress.ts) and kept
 * by browsers for a year; each app's HTML shell for every client-side route, never kept without
 * asking (`no-cache`), with preloads of what the route's first screen needs, so that a phone on a
 * slow connection fetches it all at once instead of one request after another.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { deploymentCheckUrl, deploymentFormUrl, servicePageOf } from '../../form-library/delivery/service-urls';
import type { AppContext } from '../context';
import { getDeployment } from '../deployments/deployments';
import { etagOf, IMMUTABLE } from './immutable';
import { isBuilderPath } from './security';

/** Vite's build manifest (build.manifest in vite.config.ts): source module → its chunk. */
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/** The modules of the runtime's HTML entry and of its lazily loaded service page, as the manifest names them. */
const RUNTIME_ENTRY = 'runtime/index.html';
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

/**
 * What the runtime's page at `path` needs beyond the shell's own entry: on a service page, the
 * page's chunks (the form engine), the deployment's form and its precompiled check. Named by the
 * same functions the app fetches them with (runtime/customer/service-urls.ts), with the pack version
 * the deployment pins now, so the app's requests find them already under way (or in the cache).
 */
function runtimePreloads(ctx: AppContext, manifest: Manifest, path: string): string[] {
  const page = servicePageOf(path);
  if (!page) return [];
  const chunks = importedKeys(manifest, SERVICE_PAGE_MODULE, importedKeys(manifest, RUNTIME_ENTRY));
  const links = [...chunks].map((k) => `<link rel="modulepreload" crossorigin href="/${attr(manifest[k].file)}">`);
  const id = /^[1-9]\d{0,14}$/.test(page.deploymentId) ? Number(page.deploymentId) : 0;
  const deployment = id ? getDeployment(ctx, id) : null;
  if (deployment?.active) {
    // `crossorigin` makes the preload a CORS fetch with same-origin credentials, as the app's fetch() is.
    links.push(`<link rel="preload" as="fetch" crossorigin href="${attr(deploymentFormUrl(id, page.lang, deployment.packVersion))}">`);
    links.push(`<link rel="modulepreload" crossorigin href="${attr(deploymentCheckUrl(id, deployment.packVersion))}">`);
  }
  return links;
}

/** The shell with `links` at the end of its head, indented as the head's own lines are. */
function withLinks(html: string, links: string[]): string {
  if (links.length === 0) return html;
  return html.replace(/\n?([ \t]*)<\/head>/, (_, indent: string) => `${links.map((l) => `\n${indent}  ${l}`).join('')}\n${indent}</head>`);
}

/** Each app's HTML shell for its client-side routes, with the route's preloads. */
function shells(ctx: AppContext, distDir: string): RequestHandler {
  const cache: Partial<Record<AppName, Shell>> = {};
  return (req, res, next) => {
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
    const html = withLinks(shell.html, app === 'runtime' ? runtimePreloads(ctx, shell.manifest, req.path) : []);
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
