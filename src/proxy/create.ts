/**
 * `createProxy` as `sco-widgets/proxy` exports it: the data proxy, and with `render: true` the
 * `/render/…` route too. The renderer (lit's server rendering and every widget) is imported on the
 * first request for a rendering, so a proxy that never renders never loads it.
 */
import { createProxy as createDataProxy, type ProxyHandler, type ProxyOptions } from './proxy.js';
import { withRender, type RenderWidget } from './render.js';

const loadRenderer = async (): Promise<RenderWidget> => (await import('../ssr/index.js')).renderWidget;

/** The CORS proxy for the built-in sources: `GET /?url=<percent-encoded upstream URL>`; with `render`, `GET /render/<tag>?…` too. */
export function createProxy(options: ProxyOptions = {}): ProxyHandler {
  const data = createDataProxy(options);
  return options.render ? withRender(data, loadRenderer, options) : data;
}
