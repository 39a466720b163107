/** Proxy options from the strings a command line or an environment gives (CLI and Worker alike). */
import { UPSTREAM_HOSTS } from './snapshots.generated.js';
import type { ProxyOptions } from './proxy.js';

/** `a, b` and repeated values alike. */
export const commaList = (...values: (string | undefined)[]): string[] =>
  values
    .flatMap((value) => (value ?? '').split(','))
    .map((item) => item.trim())
    .filter(Boolean);

/** Extra hosts join the built-in sources' hosts; no origins (or `*`) means any origin. */
export function reachOptions(extraHosts: string[], origins: string[]): Pick<ProxyOptions, 'allowHosts' | 'origins'> {
  return {
    allowHosts: [...UPSTREAM_HOSTS, ...extraHosts],
    origins: origins.length === 0 || origins.includes('*') ? '*' : origins,
  };
}
