/**
 * What a phone on a slow connection downloads, and what it may keep: the built assets sent in the
 * precompressed encoding the browser accepts and kept a year, the HTML shells revalidated every
 * time and carrying the service page's preloads (and its first screen, rendered by the build's
 * server bundle, with the scripts after it), the form of a pack version kept five minutes (its
 * deployment's settings may change), its check for a year,
 * JSON answers compressed on the fly above 1 kB, and the send route left out of compression.
 *
 * The apps folder here is written by the test in the shape `vite build` leaves (hashed files with
 * their `.br`/`.gz` siblings, Vite's manifest); test/e2e/phone-delivery.test.ts checks the real build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyPackExamples } from '../../form-library/library/index';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_ADMIN } from './case-fixtures';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET as a browser sends it, without any decoding, so the bytes on the wire can be checked. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolveGet, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };

// A script large enough to be worth compressing, like every chunk of the real build.
const ENGINE_JS = `export const engine = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `field ${i}`))};\n`;
const ENTRY_JS = `import './shared-Xy12.js';\nconsole.log(${JSON.stringify('Kevytasiointi '.repeat(200))});\n`;
const SHELL = `<!doctype html>
<html lang="fi">
  <head>
    <title>Kevytasiointi</title>
    <script type="module" crossorigin src="/assets/runtime-Ab12.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

// The build's server-rendering bundle (dist/.ssr/service-page.js, built from runtime/server-entry.tsx)
// as a stand-in with the same seam: the service's name and a first field, or a failure when asked.
const SERVER_RENDERING_JS = `export default {
  async renderServicePage({ url, form }) {
    if (url.includes('broken')) throw new Error('the bundle failed');
    return '<main><h1>' + form.service.name + '</h1><label for="root_name">Nimi</label><input id="root_name" value=""></main>';
  },
};
`;

let server: TestServer;
let client: ApiClient;
let foodSales: { deploymentId: number; packVersion: number };
const dist = mkdtempSync(join(tmpdir(), 'kevyt-dist-fixture-'));

function writeAsset(name: string, text: string): void {
  const file = join(dist, 'assets', name);
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, 'runtime'));
  mkdirSync(join(dist, 'builder'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, '.ssr'));
  writeFileSync(join(dist, '.ssr', 'service-page.js'), SERVER_RENDERING_JS);
  writeAsset('runtime-Ab12.js', ENTRY_JS);
  writeAsset('shared-Xy12.js', ENTRY_JS);
  writeAsset('ServicePage-Cd34.js', ENTRY_JS);
  writeAsset('FormRenderer-Ef56.js', ENGINE_JS);
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(dist, 'runtime', 'index.html'), SHELL);
  writeFileSync(join(dist, 'builder', 'index.html'), SHELL.replace('runtime-Ab12', 'builder-Gh78'));
  writeFileSync(
    join(dist, '.vite', 'manifest.json'),
    JSON.stringify({
      'runtime/index.html': { file: 'assets/runtime-Ab12.js', isEntry: true, imports: ['_shared-Xy12.js'], dynamicImports: ['runtime/customer/pages/ServicePage.tsx'] },
      '_shared-Xy12.js': { file: 'assets/shared-Xy12.js' },
      'runtime/customer/pages/ServicePage.tsx': { file: 'assets/ServicePage-Cd34.js', isDynamicEntry: true, imports: ['_shared-Xy12.js', '_FormRenderer-Ef56.js', 'runtime/index.html'] },
      '_FormRenderer-Ef56.js': { file: 'assets/FormRenderer-Ef56.js', imports: ['_shared-Xy12.js'] },
    }),
  );
  server = await startTestServer({ distDir: dist });
  client = new ApiClient(server.url);
  const offering = await client.get<{ services: Array<{ deploymentId: number; serviceId: string; packVersion: number }> }>('/api/offering?municipality=091&lang=fi');
  const found = offering.body.services.find((s) => s.serviceId === 'temporary-food-sales');
  if (!found) throw new Error('temporary-food-sales is not offered in Helsinki');
  foodSales = found;
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('hashed assets', () => {
  it('are sent as their brotli sibling to a browser that accepts it, kept for a year', async () => {
    const res = await rawGet(`${server.url}/assets/FormRenderer-Ef56.js`, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.body).toString()).toBe(ENGINE_JS);
    expect(res.body.length).toBeLessThan(ENGINE_JS.length / 3);
  });

  it('are sent gzipped to a browser without brotli, and as they are to one that accepts neither', async () => {
    const gzip = await rawGet(`${server.url}/assets/FormRenderer-Ef56.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(ENGINE_JS);
    const plain = await rawGet(`${server.url}/assets/FormRenderer-Ef56.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(ENGINE_JS);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answer 404 when missing (a page of an older build), not the HTML shell', async () => {
    const res = await rawGet(`${server.url}/assets/FormRenderer-Old0.js`, BROWSER);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<div id="root">');
  });

  it('files without a hash in their name are revalidated every time', async () => {
    const res = await rawGet(`${server.url}/robots.txt`, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

describe('HTML shells', () => {
  it('are never kept without asking, and a browser that has this one gets 304', async () => {
    const first = await rawGet(`${server.url}/fi/asioi/091`, BROWSER);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"/);
    const again = await rawGet(`${server.url}/fi/asioi/091`, { ...BROWSER, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('preload a service page\'s chunks (not those the shell loads anyway), its form and its check, by the pinned version', async () => {
    const { deploymentId, packVersion } = foodSales;
    const html = (await rawGet(`${server.url}/fi/asioi/091/palvelu/${deploymentId}`)).body.toString();
    const preloads = [...html.matchAll(/<link rel="(modulepreload|preload)"(?: as="(\w+)")?[^>]* href="([^"]+)"/g)]
      .map(([, rel, as, href]) => `${rel}${as ? ` as ${as}` : ''} ${href.replace(/&amp;/g, '&')}`);
    // Scripts as plain preloads (fetched, not compiled before the server-rendered page is painted).
    expect(preloads).toEqual([
      'preload as script /assets/ServicePage-Cd34.js',
      'preload as script /assets/FormRenderer-Ef56.js',
      `preload as fetch /api/deployments/${deploymentId}/form?lang=fi&version=${packVersion}`,
      `preload as script /api/deployments/${deploymentId}/validator.js?version=${packVersion}`,
    ]);
    expect(html).toMatch(/<link rel="preload" as="fetch" crossorigin href=/);
    // In the Swedish page, the Swedish form.
    const sv = (await rawGet(`${server.url}/sv/asioi/091/palvelu/${deploymentId}`)).body.toString();
    expect(sv).toContain(`/api/deployments/${deploymentId}/form?lang=sv&amp;version=${packVersion}`);
  });

  it('name no form for a deployment that does not exist, and nothing extra on other pages', async () => {
    const unknown = (await rawGet(`${server.url}/fi/asioi/091/palvelu/999999`)).body.toString();
    expect(unknown).toContain('/assets/FormRenderer-Ef56.js');
    expect(unknown).not.toContain('/api/deployments/');
    for (const path of ['/fi', '/fi/asioi/091', '/builder/fi']) {
      expect((await rawGet(server.url + path)).body.toString(), path).not.toContain('preload');
    }
  });
});

describe('the form of a deployment', () => {
  it('named by the pinned version: kept five minutes, compressed, 304 on its ETag', async () => {
    const { deploymentId, packVersion } = foodSales;
    const url = `${server.url}/api/deployments/${deploymentId}/form?lang=fi&version=${packVersion}`;
    const res = await rawGet(url, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    const form = JSON.parse(brotliDecompressSync(res.body).toString()) as { packVersion: number; deploymentId: number };
    expect(form).toMatchObject({ deploymentId, packVersion });
    const again = await rawGet(url, { ...BROWSER, 'if-none-match': String(res.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('named by the pinned version still shows a changed response time and contact text once asked again', async () => {
    // The pack version is immutable but the deployment's settings in the answer are not: a browser
    // that kept the answer for a year would show an old response time and privacy notice.
    const { deploymentId, packVersion } = foodSales;
    const url = `${server.url}/api/deployments/${deploymentId}/form?lang=fi&version=${packVersion}`;
    const before = await rawGet(url);
    const admin = new ApiClient(server.url);
    await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
    const changed = await admin.patch(`/api/deployments/${deploymentId}`, { respondWithinDays: 9, contactText: 'Elintarvikevalvonta, puh. 09 310 14000' });
    expect(changed.status).toBe(200);
    const after = await rawGet(url, { 'if-none-match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(JSON.parse(after.body.toString())).toMatchObject({ respondWithinDays: 9, contactText: 'Elintarvikevalvonta, puh. 09 310 14000' });
  });

  it('without a version: the current form, compressed, never kept', async () => {
    const res = await rawGet(`${server.url}/api/deployments/${foodSales.deploymentId}/form?lang=fi`, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.body).toString())).toMatchObject({ packVersion: foodSales.packVersion });
  });

  it('by another version: 404; by a version that is not a number: 400 naming the parameter', async () => {
    const other = await client.get<{ error: { code: string; message: string } }>(`/api/deployments/${foodSales.deploymentId}/form?lang=fi&version=${foodSales.packVersion + 1}`);
    expect(other.status).toBe(404);
    expect(other.body.error.message).toContain(`version ${foodSales.packVersion + 1}`);
    const bad = await client.get<{ error: { code: string; fields: Array<{ path: string }> } }>(`/api/deployments/${foodSales.deploymentId}/form?lang=fi&version=uusin`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.path)).toEqual(['version']);
  });
});

describe('JSON answers compressed on the fly', () => {
  it('above 1 kB (the offering), not below (the CSRF token)', async () => {
    const offering = await rawGet(`${server.url}/api/offering?municipality=091&lang=fi`, BROWSER);
    expect(offering.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(offering.body).toString())).toHaveProperty('services');
    const csrf = await rawGet(`${server.url}/api/csrf`, BROWSER);
    expect(csrf.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(csrf.body.toString())).toHaveProperty('token');
  });

  it('but never on the send route, which stays outside the compression middleware', async () => {
    const res = await client.post('/api/submissions', {
      deploymentId: foodSales.deploymentId,
      municipality: '091',
      data: readyPackExamples['temporary-food-sales'],
      contact: { name: 'Mikko Myyjä', email: 'mikko.myyja@example.fi' },
      lang: 'fi',
      idempotencyKey: '0b7a4f0e-6c3d-4f6a-9e2b-5d1c8a7e3f21',
    }, { headers: BROWSER });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-encoding')).toBeNull();
    // The compression middleware marks every JSON answer it sees with Vary, even one too small to compress.
    expect(res.headers.get('vary') ?? '').not.toMatch(/Accept-Encoding/i);
  });
});

describe('a service page\'s first screen', () => {
  it('comes rendered in the HTML by the build\'s server bundle, the scripts after it and the page in its language', async () => {
    const { deploymentId } = foodSales;
    const res = await rawGet(`${server.url}/sv/asioi/091/palvelu/${deploymentId}`);
    expect(res.headers['cache-control']).toBe('no-cache');
    const html = res.body.toString();
    expect(html).toMatch(/<div id="root"><main><h1>[^<]+<\/h1><label for="root_name">Nimi<\/label><input id="root_name" value=""><\/main><\/div>/);
    expect(html).toContain('<html lang="sv">');
    // The first screen needs the HTML and the styles; the scripts that take it over come after it.
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/<script|modulepreload|rel="preload"/);
    const root = html.indexOf('<div id="root">');
    expect(html.indexOf('<script type="module" crossorigin src="/assets/runtime-Ab12.js"></script>')).toBeGreaterThan(root);
    expect(html.indexOf('/assets/FormRenderer-Ef56.js')).toBeGreaterThan(root);
    // The same page again is the same bytes: a browser that has it gets 304.
    const again = await rawGet(`${server.url}/sv/asioi/091/palvelu/${deploymentId}`, { 'if-none-match': String(res.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('is left to the app when the server bundle fails: the plain shell with its preloads', async () => {
    const { deploymentId } = foodSales;
    const html = (await rawGet(`${server.url}/fi/asioi/091/palvelu/${deploymentId}?broken=1`)).body.toString();
    expect(html).toContain('<div id="root"></div>');
    // A page the app draws needs its modules at once: preloaded (and compiled) as modules, in the head.
    expect(html.slice(0, html.indexOf('</head>'))).toContain('<link rel="modulepreload" crossorigin href="/assets/FormRenderer-Ef56.js">');
  });
});
