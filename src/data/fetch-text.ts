import { getConfig } from '../core/config.js';
import { decodeText } from './decode.js';
import { DataError } from './errors.js';
import { hasProxy } from './sources/common.js';
import type { Bank } from './banks/bank.js';
import BANKS from './banks/index.js';

/** The URL to request: cross-origin documents go through the configured proxy template. */
export function proxiedUrl(url: string, proxy = getConfig().proxy): string {
  const here = globalThis.location?.href;
  const target = new URL(url, here);
  const crossOrigin = !here || target.origin !== new URL(here).origin;
  if (!proxy || !crossOrigin) return target.href;
  return proxy.replace('{url}', encodeURIComponent(target.href));
}

/**
 * The error of a request that cannot work from this page: in a browser with no proxy, a built-in
 * upstream that refuses cross-origin reads (the Bank of Russia, the other banks). Nothing is sent,
 * so the reader sees what to set at once instead of a generic failure after the retries.
 */
function proxyNeeded(url: string): DataError | undefined {
  if (hasProxy() || !globalThis.document) return undefined;
  const host = new URL(url, globalThis.location?.href).hostname;
  const bank: Bank | undefined = BANKS.find(({ upstreams }) => Object.values<string>(upstreams).some((upstream) => new URL(upstream).hostname === host));
  if (!bank || bank.cors) return undefined;
  return new DataError('config', `${host} does not allow cross-origin reads: set a proxy with data-proxy on the script tag, or configure({ proxy })`, {
    setting: 'data-proxy',
  });
}

/**
 * Fetches a document and decodes it to text with its declared charset (header, XML prolog, BOM,
 * UTF-8). HTTP errors and failed requests become `network` errors; an abort is passed through.
 * `config` is the settings the load began with (a server render's own fetch and proxy).
 */
export async function fetchText(url: string, signal?: AbortSignal, config = getConfig()): Promise<string> {
  const refused = proxyNeeded(url);
  if (refused) throw refused;
  const target = proxiedUrl(url, config.proxy);
  let response: Response;
  try {
    response = await config.fetch(target, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new DataError('network', `Could not reach ${url}${config.proxy ? '' : ' (a cross-origin document needs a proxy: see configure({ proxy }))'}`, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new DataError('network', `${url} answered HTTP ${response.status}`, { status: response.status });
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new DataError('network', `The answer from ${url} broke off`, { cause: error });
  }
  return decodeText(bytes, response.headers.get('content-type'));
}
