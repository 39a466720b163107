/**
 * Where the built-in sources publish. One table serves the sources (what to fetch), the proxy
 * (which hosts it may forward to) and the offline snapshots (which documents it can answer for).
 */
export const UPSTREAMS = {
  /** Bank of Russia daily rates, Russian names; `date_req=DD/MM/YYYY` for a past date. */
  cbr: 'https://www.cbr.ru/scripts/XML_daily.asp',
  /** The same with English names. */
  cbrEng: 'https://www.cbr.ru/scripts/XML_daily_eng.asp',
  /** Bank of Russia history of one currency: `date_req1`, `date_req2`, `VAL_NM_RQ=<CBR id>`. */
  cbrDynamic: 'https://www.cbr.ru/scripts/XML_dynamic.asp',
  /** The cbr-xml-daily.ru JSON mirror of the Bank of Russia rates (readable cross-origin). */
  cbrJson: 'https://www.cbr-xml-daily.ru/daily_json.js',
  /** The mirror's archive: `YYYY/MM/DD/daily_json.js` is the sheet dated that day, where there is one. */
  cbrJsonArchive: 'https://www.cbr-xml-daily.ru/archive/',
  /** European Central Bank euro reference rates. */
  ecb: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
  /** National Bank of Kazakhstan, all rates as RSS. */
  nbk: 'https://nationalbank.kz/rss/rates_all.xml',
  /** National Bank of the Kyrgyz Republic, daily rates. */
  nbkr: 'https://www.nbkr.kg/XML/daily.xml',
  /** Central Bank of Uzbekistan, all rates as JSON. */
  cbu: 'https://cbu.uz/uz/arkhiv-kursov-valyut/json/',
  /** National Bank of the Republic of Belarus, daily rates as JSON. */
  nbrb: 'https://api.nbrb.by/exrates/rates?periodicity=0',
} as const;

/**
 * The upstream hosts a browser may read directly: they answer with `Access-Control-Allow-Origin: *`.
 * Every other built-in upstream refuses cross-origin reads or is not known to allow them, so a page
 * needs a proxy for it (docs/cors.md has what is known of each, and where from).
 */
export const CORS_HOSTS: readonly string[] = [new URL(UPSTREAMS.cbrJson).hostname];

/** The hosts the proxy forwards to by default. */
export const UPSTREAM_HOSTS: readonly string[] = [...new Set(Object.values(UPSTREAMS).map((u) => new URL(u).hostname))];
