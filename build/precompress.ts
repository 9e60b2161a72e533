/**
 * The built assets compressed once, at build time, with brotli (quality 11) and gzip (level 9),
 * written beside each file as `.br` and `.gz`; the server sends the one the browser accepts
 * (server/http/app-pages.ts). A phone on a slow connection downloads about a quarter of the bytes,
 * and the server spends no CPU per request on it.
 */
import type { PluginOption } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { SERVER_RENDERING_ENTRY } from '../api-contract/server-rendering';

/** Assets worth compressing: scripts, styles, the HTML shells, source of the manifest. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json)$/;

export function precompressAssets(): PluginOption {
  return compression({
    include: COMPRESSIBLE,
    // Below ~1 kB a compressed answer saves less than a packet.
    threshold: 1024,
    // Vite's manifest and the server's rendering bundle (build/server-rendering.ts) are read by the
    // server from disk, never sent.
    exclude: [/(^|[\\/])\.vite[\\/]/, new RegExp(`(^|[\\\\/])${SERVER_RENDERING_ENTRY.replaceAll('.', '\\.')}$`)],
    algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip')],
    logLevel: 'silent',
  });
}
