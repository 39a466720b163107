/** One currency's official rate in a sheet. */
export interface Rate {
  /** ISO 4217 alphabetic code, e.g. `CNY`. */
  code: string;
  /** ISO 4217 numeric code as the source gives it, e.g. `156`. */
  numCode?: string;
  /** The currency's name as the source gives it (in the source's language). */
  name: string;
  /** How many units of the currency `value` is quoted for (the Bank of Russia's Nominal). */
  nominal: number;
  /** Base units per `nominal` units of the currency. */
  value: number;
  /** Base units per one unit of the currency. */
  perUnit: number;
}

/** A set of official rates in effect on one date, all against one base currency. */
export interface RateSheet {
  /** The source's name, e.g. `cbr`. */
  source: string;
  /** ISO 4217 code of the currency the rates are expressed in, e.g. `RUB`. */
  base: string;
  /** The date the rates are in effect, `YYYY-MM-DD`. */
  date: string;
  rates: Rate[];
  /** The rates in effect before `date`, for the change column, when known. */
  previous?: Rate[];
  /** Present when rows of the document could not be read and were left out. */
  partial?: SkippedRows;
}

/** What a sheet or series left out: how many rows, and why the first few were refused (English). */
export interface SkippedRows {
  skipped: number;
  reasons: string[];
}

/** One point of a rate history. */
export interface RatePoint {
  /** `YYYY-MM-DD` on which this rate took effect. */
  date: string;
  nominal: number;
  value: number;
  perUnit: number;
}

/** The history of one currency's rate against a base, only dates on which a rate was set. */
export interface RateSeries {
  source: string;
  base: string;
  code: string;
  points: RatePoint[];
  /** Present when records of the document could not be read and were left out. */
  partial?: SkippedRows;
}

/**
 * One item of a feed. `title` and `summary` are plain text, not HTML: they may hold `<`, `>` and `&`
 * as characters ("Use the <dialog> element"), so a consumer escapes them like any text (a Lit or
 * framework text binding, `textContent`), never `innerHTML`. Markup the feed meant as HTML is already
 * gone from them (docs/feeds.md, "Text, never markup").
 */
export interface Headline {
  id: string;
  /** Plain text, on one line (see above). */
  title: string;
  /** An absolute `http:` or `https:` URL. */
  url?: string;
  /** ISO 8601 instant. */
  published?: string;
  /** Plain text, on one line, at most about 300 characters (see above). */
  summary?: string;
}

export interface Feed {
  /** Plain text, like a headline's title. */
  title?: string;
  url?: string;
  items: Headline[];
  /** The document was cut short (or lost end tags): `items` are the ones that were complete. */
  partial?: true;
}
