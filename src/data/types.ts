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

export interface Headline {
  id: string;
  title: string;
  url?: string;
  /** ISO 8601 instant. */
  published?: string;
  summary?: string;
}

export interface Feed {
  title?: string;
  url?: string;
  items: Headline[];
  /** The document was cut short (or lost end tags): `items` are the ones that were complete. */
  partial?: true;
}
