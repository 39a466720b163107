/**
 * sco-widgets/ssr: the widgets rendered on a server (Node ≥ 20, Cloudflare Workers), their content
 * inside as declarative shadow DOM, for pages built by a CMS, a static-site generator or an app.
 * The browser's script-tag bundle or module entries take them over without drawing them again.
 */
export { renderWidget, type RenderOptions } from './render-widget.js';
export { renderPage } from './render-page.js';
