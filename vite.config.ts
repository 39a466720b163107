import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { SOURCE_CONDITION } from './scripts/source-condition.mjs';
import { scoBuilder } from './demo/builder/manifest-plugin.js';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm start`: the demo pages (the sidebar at /, the embed builder at /builder.html), with the package's own proxy mounted at /proxy. Offline by default
 * (answers from the snapshots shipped in the package); `LIVE=1 npm start` fetches upstream.
 */
function scoProxy(): Plugin {
  return {
    name: 'sco-proxy',
    // Tells the demo page whether it shows live data, so it can say when it shows a recorded day.
    config: () => ({ define: { 'import.meta.env.SCO_LIVE': JSON.stringify(process.env.LIVE === '1') } }),
    async configureServer(server) {
      const live = process.env.LIVE === '1';
      const { createProxy } = (await server.ssrLoadModule(source('./src/proxy/index.ts'))) as typeof import('./src/proxy/index.js');
      const { toNodeListener, nodeResolve } = (await server.ssrLoadModule(source('./src/proxy/node.ts'))) as typeof import('./src/proxy/node.js');
      const handler = createProxy(live ? { resolve: nodeResolve, snapshotFallback: true } : { offline: true });
      server.middlewares.use(toNodeListener(handler, { mount: '/proxy', log: (line) => server.config.logger.info(line) }));
      server.config.logger.info(`sco-widgets proxy at /proxy (${live ? 'live upstream data, shipped snapshots as fallback' : 'offline: shipped snapshots'})`);
    },
  };
}

export default defineConfig({
  root: 'demo',
  publicDir: false,
  // `npm run build:demo`: both pages as static files with relative URLs, for any static host.
  base: './',
  build: {
    outDir: source('./demo-dist'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: source('./demo/index.html'), builder: source('./demo/builder.html') } },
  },
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173, fs: { allow: ['..'] } },
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  plugins: [scoProxy(), scoBuilder()],
});
