import BANKS from './banks/index.js';

type Banks = (typeof BANKS)[number];
type UpstreamName = Banks extends infer B ? (B extends { upstreams: infer U } ? Extract<keyof U, string> : never) : never;

/**
 * Where the built-in banks publish: every bank's `upstreams` in one table, each address by its name.
 * The sources fetch these, the proxy forwards to their hosts, and the offline snapshots answer for them.
 */
export const UPSTREAMS: Readonly<Record<UpstreamName, string>> = Object.assign({}, ...BANKS.map((bank) => bank.upstreams));

/** The hosts the proxy forwards to by default. */
export const UPSTREAM_HOSTS: readonly string[] = [...new Set(Object.values<string>(UPSTREAMS).map((url) => new URL(url).hostname))];
