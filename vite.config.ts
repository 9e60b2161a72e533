/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { formEngineCompileHint } from './build/compile-hints';
import { precompiledCatalogs } from './build/i18n-catalogs';
import { precompressAssets } from './build/precompress';
import { serverRenderingBuild } from './build/server-rendering';
import { findPostgres } from './test/support/postgres-cluster';

const root = import.meta.dirname;

/**
 * The API suites that run a second time with their test servers on PostgreSQL (the `api-postgres`
 * project, when PostgreSQL is installed: CI installs it). The others read SQLite's connection
 * themselves or test what only SQLite has (its busy file, its WAL, its migrations' check).
 */
const POSTGRES_API_SUITES = [
  'admin-outbox',
  'alerts',
  'api-key-admin',
  'assessments',
  'attachments',
  'auth-and-security',
  'case-lifecycle',
  'cases',
  'compression-and-caching',
  'console-echo',
  'customer',
  'deployment-languages',
  'exports',
  'exports-desk',
  'form-validator',
  'integration-api',
  'integration-pull',
  'integration-writeback',
  'notification-supplement',
  'openapi',
  'oversized-answers',
  'pack-review',
  'packs-and-deployments',
  'password-change',
  'processing-estimates',
  'projects',
  'rate-limits',
  'ready-packs-send',
  'reference-and-offering',
  'second-factor',
  'spam-removal',
  'staff',
  'submission-schema',
  'submissions',
  'test-server-database',
  'webhooks',
].map((name) => `test/server/${name}.test.ts`);

// One Vite config for both apps (multi-page build into dist/) and for every vitest project.
export default defineConfig({
  // `vite build` builds the browser's apps, then the customer app's server-rendering bundle into
  // dist/.ssr/ (build/server-rendering.ts), which the server renders a service page's first screen with.
  plugins: [react(), precompiledCatalogs(), precompressAssets(), serverRenderingBuild()],
  root,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
  },
  environments: {
    client: {
      build: {
        // The server reads it to preload a route's chunks (server/http/app-pages.ts); not served (a dot folder).
        manifest: true,
        rollupOptions: {
          input: {
            runtime: resolve(root, 'runtime/index.html'),
            builder: resolve(root, 'builder/index.html'),
          },
          output: { postBanner: formEngineCompileHint },
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    // No local test identity provider beside every server a test starts: the tests of strong
    // identification start their own, on a free port.
    env: { TEST_IDENTITY_PROVIDER: 'off' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          sequence: { groupOrder: 0 },
          include: ['build/**/*.test.ts', 'languages/**/*.test.ts', 'i18n/**/*.test.ts', 'form-library/**/*.test.ts', 'workflows/**/*.test.ts', 'server/**/*.test.ts', 'test/server/**/*.test.ts', 'test/layering/**/*.test.ts', 'builder/**/*.test.ts', 'runtime/**/*.test.ts', 'ui/**/*.test.ts', 'api-contract/**/*.test.ts', 'permissions/**/*.test.ts', 'identity/**/*.test.ts'],
          // API tests start a real server on a seeded SQLite file in their hooks; on a shared,
          // loaded machine that can take well over vitest's default 10 s.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(findPostgres()
        ? [
            {
              extends: true as const,
              test: {
                name: 'api-postgres',
                environment: 'node',
                sequence: { groupOrder: 0 },
                include: POSTGRES_API_SUITES,
                // One cluster for the run, with seeded template databases each test server copies.
                globalSetup: ['test/support/postgres-api-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          sequence: { groupOrder: 0 },
          include: ['runtime/**/*.test.tsx', 'builder/**/*.test.tsx', 'ui/**/*.test.tsx'],
          setupFiles: ['test/support/jsdom-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          // Browser walks run alone, after the other projects: Chromium, the server and the test
          // share two cores, and timing-sensitive walks (drag and drop) must not compete.
          sequence: { groupOrder: 1 },
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/build-apps.ts'],
          fileParallelism: false,
          // A walk reads what the page shows after a server round trip; on two shared cores that can
          // take longer than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
