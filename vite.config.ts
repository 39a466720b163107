import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm start`: the demo page, with the package's own proxy mounted at /proxy. Offline by default
 * (answers from the snapshots shipped in the package); `LIVE=1 npm start` fetches upstream.
 */
function scoProxy(): Plugin {
  return {
    name: 'sco-proxy',
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
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173, fs: { allow: ['..'] } },
  plugins: [scoProxy()],
});
