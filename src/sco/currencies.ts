/**
 * Currencies of the SCO states and the small helpers the rates table needs: its default list of
 * currencies and the country to show for a currency (whose flag is `flagEmoji`, in `states.ts`).
 *
 * Each state's currency lives in the states table (`ScoState.currency`), so there is one list
 * to keep up to date.
 */
import { displayName } from '../core/intl-cache.js';
import { stateByCode, statesIn, type StateSelection } from './states.js';

/** ISO 4217 code of the state's currency today, e.g. `currencyOf('KZ') === 'KZT'`. */
export function currencyOf(countryCode: string): string | undefined {
  return stateByCode(countryCode)?.currency;
}

/**
 * The currencies of a selection of states on `asOf` (default today), in `statesAsOf` order,
 * without `base` (rates are shown against it, so a row for it would always read 1) and without
 * repeats. `defaultCurrencies('RUB')` is the rates table's default list for the Bank of Russia.
 */
export function defaultCurrencies(base: string, group: StateSelection = 'members', asOf?: string): string[] {
  const excluded = base.toUpperCase();
  const codes = statesIn(group, asOf).map((state) => state.currency);
  return [...new Set(codes)].filter((code) => code !== excluded);
}

/**
 * The member states' currencies (base not removed), as of the day the module was loaded:
 * CNY, KGS, KZT, RUB, TJS, UZS, INR, PKR, IRR, BYN.
 */
export const SCO_MEMBER_CURRENCIES: readonly string[] = defaultCurrencies('', 'members');

/**
 * The country that issues a currency, as an ISO 3166-1 alpha-2 code, for the rates table's
 * Country column; `undefined` when no single country does (EUR, XDR, XOF, gold, …) — callers
 * then show the currency's name.
 *
 * ISO 4217's own rule suffices (the tests hold it to the states table): a national currency's
 * code is its country's alpha-2 code plus one letter. Codes starting with X
 * are supranational or not money; `EU` is no country; and a prefix that CLDR only knows as a
 * replaced code (SU, YU, AN, …) belongs to a country that no longer exists, so has no flag.
 */
export function countryOfCurrency(code: string): string | undefined {
  const currency = code.toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || currency.startsWith('X')) return undefined;
  const region = currency.slice(0, 2);
  if (region === 'EU' || region === 'ZZ' || displayName('en', 'region', region) === undefined) return undefined;
  return Intl.getCanonicalLocales(`und-${region}`)[0] === `und-${region}` ? region : undefined;
}
