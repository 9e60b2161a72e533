/**
 * The customer app's server-rendering bundle, built by the same `vite build` as the apps (and so by
 * `npm start`): `runtime/server-entry.tsx` for Node, into `<outDir>/.ssr/service-page.js`, beside
 * the apps it renders the first screen of. The server imports that file (server/http/app-pages.ts),
 * never the app's sources. Built after the browser's apps, whose build empties the folder first.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SERVER_RENDERING_DIR, SERVER_RENDERING_ENTRY } from '../api-contract/server-rendering';

const ENTRY = resolve(import.meta.dirname, '../runtime/server-entry.tsx');

export function serverRenderingBuild(): Plugin {
  return {
    name: 'kevyt:server-rendering',
    config(config, { command, mode }) {
      if (command !== 'build') return undefined;
      // React's build as the browser's apps get it (production, except in the tests' builds): its
      // JSX runtime is compiled in to match.
      const nodeEnv = process.env.NODE_ENV ?? (mode === 'production' ? 'production' : 'development');
      const outDir = resolve(config.root ?? process.cwd(), config.build?.outDir ?? 'dist');
      return {
        builder: {
          async buildApp(builder) {
            await builder.build(builder.environments.client);
            await builder.build(builder.environments.ssr);
          },
        },
        environments: {
          ssr: {
            // One file with its packages inside: it runs in the server's Node, whatever is installed beside it.
            resolve: { noExternal: true },
            define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
            build: {
              outDir: join(outDir, SERVER_RENDERING_DIR),
              emptyOutDir: true,
              copyPublicDir: false,
              manifest: false,
              rollupOptions: {
                input: { [SERVER_RENDERING_ENTRY.replace(/\.js$/, '')]: ENTRY },
                output: { entryFileNames: '[name].js', codeSplitting: false },
              },
            },
          },
        },
      };
    },
  };
}
