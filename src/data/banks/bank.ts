/**
 * What a built-in bank is: its source of rate sheets, which also holds what the code knows of the
 * bank behind it. The tables that list banks are built from the list in `./index.ts`.
 */
import { later, type Later } from '../../core/loader.js';
import { DataError } from '../errors.js';
import { restoreSheet } from '../persisted.js';
import type { Rule } from '../parsers/sniff.js';
import type { RateSource } from '../source.js';
import { HOUR } from '../sources/common.js';
import type { RateSeries, RateSheet } from '../types.js';

/** Reads a rate sheet; `lang` picks the names where a bank publishes them in several languages. */
export type SheetParser = (text: string, lang?: string) => RateSheet;
/** Reads one currency's history. */
export type HistoryParser = (text: string, code: string) => RateSeries;

/**
 * A parser in a module imported on first use, so that a page downloads only the parsers it runs
 * (the XML ones bring fast-xml-parser with them).
 */
export interface LazyParser<P> {
  /** The parser's module, loaded later. */
  module: Later<unknown>;
  /** The parser among the exports of its module, or of `../parsers/index.ts`, which passes every parser on. */
  pick(exports: unknown): P;
}

/** A lazy parser: the module it is in, and which of that module's exports it is. */
export const lazyParser = <M, P>(load: () => Promise<M>, pick: (exports: M) => P): LazyParser<P> => ({
  module: later(load),
  pick: pick as (exports: unknown) => P,
});

/** Loads the module `parser` is in (once per page, within the page's timeout) and runs it. */
export async function runParser<A extends unknown[], R>(parser: LazyParser<(...args: A) => R>, ...args: A): Promise<R> {
  const exports = await parser.module.arrived();
  if (!exports) throw new DataError('network', 'The code that reads this document could not be loaded');
  return parser.pick(exports)(...args);
}

/** A built-in bank: the source registered under its name, and what the code knows of the bank. */
export interface Bank<Name extends string = string, Upstream extends string = string> extends RateSource {
  /** The name it is registered under, which its sheets give as their `source` and its format goes by. */
  readonly name: Name;
  /** ISO 4217 code of the currency it quotes rates in. */
  readonly base: string;
  /**
   * Where it publishes, each address under the name `UPSTREAMS` gives it; the proxy forwards to
   * their hosts. A bank with one current sheet publishes it at its first.
   */
  readonly upstreams: Readonly<Record<Upstream, string>>;
  /**
   * Its upstreams answer cross-origin reads (`Access-Control-Allow-Origin: *`): a page reads them
   * with no proxy. The others refuse, or are not known to allow it (docs/cors.md says what is known
   * of each, and where from).
   */
  readonly cors?: true;
  /** Its rate sheet parser. */
  readonly sheetParser: LazyParser<SheetParser>;
  /** How its documents, sheets and histories alike, are told from others' (`../parsers/sniff.ts`). */
  readonly recognise: Rule;
  /** The parser of its rate histories, where it publishes them. */
  readonly historyParser?: LazyParser<HistoryParser>;
  /**
   * The key of its publisher's name in the translations' `sources` section, when that is not
   * `name`: a mirror names the bank it mirrors (and a caption names the mirror by its host).
   */
  readonly publisher?: string;
  /** It names currencies in several languages: the page's language is part of the query. */
  readonly namesByLanguage?: true;
}

/** The calendar day before an ISO date. */
export function dayBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** What `latestSheet` makes of a bank's facts: the source itself. */
type SourceParts = 'ttl' | 'restore' | 'expected' | 'key' | 'load' | 'history';

/**
 * A bank that publishes one current sheet at its first upstream (no rates by date here). `lang`
 * only matters to banks that name currencies in several languages.
 */
export function latestSheet<const B extends Omit<Bank, SourceParts>>(bank: B): B & Bank<B['name'], Extract<keyof B['upstreams'], string>> {
  const url: string = Object.values(bank.upstreams)[0];
  return {
    ...bank,
    ttl: HOUR,
    restore: restoreSheet,
    expected: () => ({ source: bank.name, base: bank.base }),
    key: (q) => `${q.date ?? 'latest'}|${bank.namesByLanguage ? (q.lang ?? '') : ''}`,
    async load(query, { fetchText }) {
      if (query.date) throw new DataError('source', `The ${bank.name} source offers only its latest rates, not those of ${query.date}`);
      return runParser(bank.sheetParser, await fetchText(url), query.lang);
    },
  };
}
