/**
 * The layering rules of `.dependency-cruiser.cjs`, which `npm test` runs over the tree, do refuse
 * what they forbid: the same command, on a small tree that breaks each rule once next to files that
 * keep them, names every violation and only those, and fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

const TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true } }),
  'languages/localized-text.ts': "export type Lang = 'fi' | 'sv' | 'en';\n",
  'languages/upward.ts': "import type { Flow } from '../workflows/flow';\nexport type F = Flow;\n",
  'workflows/flow.ts': "import type { Lang } from '../languages/localized-text';\nexport interface Flow { lang: Lang }\n",
  'workflows/upward.ts': "import type { Pack } from '../form-library/pack';\nexport type P = Pack;\n",
  'form-library/pack.ts': "import type { Flow } from '../workflows/flow';\nimport Ajv from 'ajv';\nexport interface Pack { flow: Flow }\nexport const ajv = new Ajv();\n",
  'form-library/react-hook.ts': "import { useState } from 'react';\nexport const hook = useState;\n",
  'form-library/express-types.ts': "import type { Request } from 'express';\nexport type R = Request;\n",
  'form-library/from-server.ts': "import { port } from '../server/config';\nexport const p = port;\n",
  'form-library/from-builder.ts': "import { canvas } from '../builder/canvas';\nexport const c = canvas;\n",
  'server/config.ts': "import type { Pack } from '../form-library/pack';\nexport const port = 3000;\nexport type P = Pack;\n",
  'server/from-runtime.ts': "import { page } from '../runtime/page';\nexport const p = page;\n",
  'runtime/page.ts': "import type { Pack } from '../form-library/pack';\nexport const page = 1;\nexport type P = Pack;\n",
  'runtime/from-server.ts': "import { port } from '../server/config';\nexport const p = port;\n",
  'runtime/from-server.test.ts': "import { port } from '../server/config';\nimport { readFileSync } from 'node:fs';\nexport const p = [port, readFileSync];\n",
  'runtime/reads-disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'builder/ready-packs.ts': "import { packs } from '../form-library/library/index';\nexport const p = packs;\n",
  'form-library/library/index.ts': "import { readdirSync } from 'node:fs';\nexport const packs = readdirSync('.');\n",
  'builder/canvas.ts': "import type { Zone } from './zone';\nexport const canvas = 1;\nexport type Z = Zone;\n",
  'builder/zone.ts': "import type { Z } from './canvas';\nexport interface Zone { z?: Z }\n",
  'permissions/roles.ts': "export const roles = ['handler', 'admin'] as const;\n",
  'permissions/upward.ts': "import type { Pack } from '../form-library/pack';\nexport type P = Pack;\n",
  'api-contract/routes.ts': "import type { Pack } from '../form-library/pack';\nimport { roles } from '../permissions/roles';\nexport const routes = { roles };\nexport type P = Pack;\n",
  'api-contract/limits.ts': "export const MAX = 12;\n",
  'api-contract/from-server.ts': "import { port } from '../server/config';\nexport const p = port;\n",
  'runtime/contract-types.ts': "import type { routes } from '../api-contract/routes';\nimport { MAX } from '../api-contract/limits';\nexport type R = typeof routes;\nexport const max = MAX;\n",
  'runtime/contract-code.ts': "import { routes } from '../api-contract/routes';\nexport const r = routes;\n",
};

let dir: string;
let result: { status: number | null; violations: Array<{ rule: string; from: string; to: string }> };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-layering-'));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const cruise = (outputType: string) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', outputType, '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
  // `err` is what `npm run check:deps` prints and exits with; `json` lists the violations to compare.
  const check = cruise('err');
  const report = JSON.parse(cruise('json').stdout) as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
  result = { status: check.status, violations: report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })) };
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the dependency rules', () => {
  it('fail the check when a rule is broken', () => {
    expect(result.status).not.toBe(0);
  });

  it('name each broken rule once, at its import, and nothing that keeps the rules', () => {
    // A package is named by its folder: the tree's node_modules is a link to the repository's.
    const found = result.violations.map((v) => `${v.rule}: ${v.from} → ${v.to.replace(/^.*node_modules\/((@types\/)?[^/]+)\/.*$/, '$1')}`).sort();
    expect(found).toEqual(
      [
        'apps-not-server: runtime/from-server.ts → server/config.ts',
        'apps-take-contract-types-only: runtime/contract-code.ts → api-contract/routes.ts',
        'contract-below-apps-and-server: api-contract/from-server.ts → server/config.ts',
        'permissions-plain: permissions/upward.ts → form-library/pack.ts',
        'apps-run-in-the-browser: runtime/reads-disk.ts → fs',
        'library-files-not-in-apps: builder/ready-packs.ts → form-library/library/index.ts',
        'formats-below-apps-and-server: form-library/from-builder.ts → builder/canvas.ts',
        'formats-below-apps-and-server: form-library/from-server.ts → server/config.ts',
        'formats-stay-plain: form-library/express-types.ts → express',
        'formats-stay-plain: form-library/react-hook.ts → react',
        'languages-at-the-bottom: languages/upward.ts → workflows/flow.ts',
        'no-cycles: builder/canvas.ts → builder/zone.ts',
        'server-not-apps: server/from-runtime.ts → runtime/page.ts',
        'workflows-below-form-library: workflows/upward.ts → form-library/pack.ts',
      ].sort(),
    );
  });
});
