/**
 * The autoloader for CDN pages: a few KB that watch the page for `sco-*` tags and import only the
 * widgets it meets, on first sight. Configure it with the same `data-*` attributes as the
 * script-tag bundle:
 *
 *   <script type="module" src="https://cdn.example/sco-widgets/dist/cdn/autoloader.js" data-proxy="…"></script>
 */
import { configureFromScript } from './config-from-script.js';

const widgets: Record<string, () => Promise<unknown>> = {
  'sco-currency-table': () => import('./elements/currency-table/define.js'),
  'sco-currency-converter': () => import('./elements/currency-converter/define.js'),
  'sco-rate-chart': () => import('./elements/rate-chart/define.js'),
  'sco-headline-ticker': () => import('./elements/headline-ticker/define.js'),
  'sco-clock': () => import('./elements/clock/define.js'),
  'sco-capital-clocks': () => import('./elements/clock/define.js'),
  'sco-member-states': () => import('./elements/member-states/define.js'),
};

const requested = new Set<string>();

/** Imports the widgets whose tags appear in `root` (and in shadow roots it can see) and are not yet defined. */
export function discover(root: ParentNode = document): void {
  for (const tag of Object.keys(widgets)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    widgets[tag]().catch((error) => {
      requested.delete(tag);
      console.error(`sco-widgets: could not load <${tag}>`, error);
    });
  }
}

function start(): void {
  configureFromScript([...document.scripts].find((s) => s.src === import.meta.url) ?? null);
  discover();
  // Tags added later (a framework rendering, a CMS block loading) are found as they arrive.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length)) discover();
    if (requested.size === Object.keys(widgets).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

start();
