import { getConfig } from '../../core/config.js';

/** Small facts the built-in sources share. */

export const HOUR = 60 * 60 * 1000;

/** Whether a page proxy is configured: without one, a browser reads only CORS-enabled upstreams. */
export const hasProxy = (): boolean => Boolean(getConfig().proxy);
