import { configure, type Config } from './core/config.js';

/**
 * Site owners configure the script-tag bundle with attributes on its own `<script>` tag:
 *
 *   <script src="sco-widgets.min.js" data-proxy="https://proxy.example/?url={url}" data-persist data-locale="ru"></script>
 *
 * `data-proxy` (URL template with `{url}`), `data-persist` (keep data in localStorage),
 * `data-locale` (default language for pages that declare none), `data-timeout` (ms),
 * `data-loading="lazy"` (every widget that loads data waits until it comes near the viewport).
 */
export function configureFromScript(script: HTMLScriptElement | SVGScriptElement | null): void {
  if (!script) return;
  const data = (script as HTMLScriptElement).dataset;
  const timeout = Number(data.timeout);
  configure({
    proxy: data.proxy || undefined,
    persist: data.persist !== undefined && data.persist !== 'false' ? true : undefined,
    locale: data.locale || undefined,
    // Compared where it is used: anything but `lazy` loads at once, as without it.
    loading: data.loading as Config['loading'],
    timeout: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
  });
}
