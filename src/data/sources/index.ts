import { DataError } from '../errors.js';
import type { Source } from '../source.js';
import { forgetIdentity, identify } from './identity.js';
import BANKS from '../banks/index.js';

export type { RateQuery, RateSource, SeriesQuery } from '../source.js';
export { ratesAt } from './rates.js';
// Each built-in bank's source; the registry below holds them all.
export * from '../banks/index.js';
// The chart's history sources (`historyAt`, `inBase`) are in `histories.ts`, which only the chart
// loads; the ticker's (`feedAt`) in `feeds.ts`, which only the ticker loads.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds sources of every kind of data
const registry = new Map<string, Source<any, any>>();

/**
 * Makes a source available to every widget by name (`<sco-currency-table source="name">`). The
 * store keys its data by that name, whatever the source's own `name` label says.
 */
export function registerSource<T, Q>(name: string, source: Source<T, Q>): void {
  const replaced = registry.get(name);
  registry.set(name, source);
  identify(name, source);
  if (!replaced || replaced === source) return;
  forgetIdentity(replaced, name);
  // Still registered under another name: that name is now its identity.
  const otherName = [...registry].find(([, registered]) => registered === replaced)?.[0];
  if (otherName !== undefined) identify(otherName, replaced);
}

for (const bank of BANKS) registerSource(bank.name, bank);

/** A source given by name (looked up in the registry) or as an object (used as it is). */
export function resolveSource<T, Q>(source: string | Source<T, Q>): Source<T, Q> | undefined {
  return typeof source === 'string' ? getSource<T, Q>(source) : source;
}

/** How an error message names a source given either way. */
export const sourceLabel = (source: string | { name: string }): string => (typeof source === 'string' ? source : source.name);

/** The error of a widget whose source is neither registered nor an object. */
export const unknownSource = (source: string | { name: string }): DataError =>
  new DataError('unknown-source', `No source named "${sourceLabel(source)}" is registered`);

/** The source registered under this name, if any. */
export function getSource<T, Q>(name: string): Source<T, Q> | undefined {
  return registry.get(name);
}
