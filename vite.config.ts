/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const root = import.meta.dirname;

// One Vite config for both apps (multi-page build into dist/) and for every vitest project.
export default defineConfig({
  plugins: [react()],
  root,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        runtime: resolve(root, 'runtime/index.html'),
        builder: resolve(root, 'builder/index.html'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['form-library/**/*.test.ts', 'workflows/**/*.test.ts', 'server/**/*.test.ts', 'test/server/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['runtime/**/*.test.tsx', 'builder/**/*.test.tsx', 'ui/**/*.test.tsx'],
          setupFiles: ['test/support/jsdom-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/build-apps.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
