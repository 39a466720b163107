import { getConfig } from './config.js';
import { decodeText } from './decode.js';
import { DataError } from './errors.js';

/** The URL to request: cross-origin documents go through the configured proxy template. */
export function proxiedUrl(url: string, proxy = getConfig().proxy): string {
  const here = globalThis.location?.href;
  const target = new URL(url, here);
  const crossOrigin = !here || target.origin !== new URL(here).origin;
  if (!proxy || !crossOrigin) return target.href;
  return proxy.replace('{url}', encodeURIComponent(target.href));
}

/**
 * Fetches a document and decodes it to text with its declared charset (header, XML prolog, BOM,
 * UTF-8). HTTP errors and failed requests become `network` errors; an abort is passed through.
 */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const target = proxiedUrl(url);
  let response: Response;
  try {
    response = await getConfig().fetch(target, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new DataError('network', `Could not reach ${url}${getConfig().proxy ? '' : ' (a cross-origin document needs a proxy: see configure({ proxy }))'}`, { cause: error });
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
