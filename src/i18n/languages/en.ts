/**
 * English, the source: its sections and keys are the catalogue (`Catalog` in `../catalog.ts`) every
 * other file in this folder fills in, and the comment on a section or key says where its words show
 * and what each placeholder holds. Terms as the Bank of Russia writes them on its English site; see
 * `glossary/en.md`. A new string is one line here and one in each other language's file; the
 * typecheck fails until every file has it.
 */

/**
 * The messages of a config error (a mistake in a widget's attributes or the page's settings), in
 * any widget's status line. Few pages make one, so they load when the first is shown
 * (`loadConfigErrors`, in English, Russian and Chinese too); the status line of the data itself
 * (loading, stale, errors) is `dataStatus`.
 */
export const configErrors = {
  /**
   * What to fix, by the attribute a configuration error names; `{value}` is what the page wrote
   * there. Attribute names, values such as `members`, and examples stay in Latin letters.
   */
  settings: {
    'data-proxy': 'This source needs a proxy: set data-proxy on the script tag.',
    code: 'Set the code attribute to the ISO 4217 code of a currency, e.g. code="CNY".',
    src: 'Set the src attribute to the URL of a feed (or source to a registered source).',
    source: 'No source named "{value}" is registered: check the source attribute.',
    zone: 'Unknown time zone "{value}": set the zone attribute to an IANA time zone, e.g. Asia/Shanghai.',
    zones: 'No known time zone in "{value}": set the zones attribute to IANA time zones, e.g. Asia/Shanghai.',
    group: 'Unknown group "{value}": set the group attribute to members, partners or all.',
    'as-of': 'Cannot show the SCO on "{value}": set the as-of attribute to a date written YYYY-MM-DD, from 2001-06-15 (its founding) on.',
    date: 'Invalid date "{value}": set the date attribute to a date written YYYY-MM-DD.',
    base: 'The rates are not quoted against {value}: set the base attribute to a currency of the sheet.',
  },
  /** Any other setting that cannot work; `{setting}` is its name. */
  config: 'Check the {setting} setting.',
};

/**
 * The status line of the widgets that load data: loading, stale, the data's errors. It travels
 * with the data layer's controller (`DataController`), so the widgets that load no data (clocks,
 * member states) do not carry it; the messages of config errors are `configErrors`.
 */
export const dataStatus = {
  loading: 'Loading…',
  /** `{asOf}`: the date and time of the data shown. */
  stale: 'As of {asOf}: the latest update failed.',
  /** Added while the store goes on trying a source that has not answered in time. */
  stillTrying: 'Still trying…',
  errors: {
    network: 'The data could not be loaded. Check the address or the proxy.',
    timeout: 'The data source is not answering.',
    format: 'The data source sent a document in an unsupported format.',
    source: 'The data source reported an error for this request.',
    empty: 'The data source has no data for this request.',
    'unknown-source': 'This data source is not known.',
  },
};

/**
 * Where a sheet of rates comes from, as the table's caption and the converter's note say it: the
 * sentence, and the publishers of the built-in sources in the form it puts them in (in Russian the
 * genitive, "Банка России").
 */
export const sources = {
  /** `{source}`: one of `publishers`; `{date}`: the date the rates are in effect. Use the bank's own term for official rates. */
  caption: 'Official rates of {source} for {date}',
  /** The same for a document whose publisher is not known. */
  captionNoSource: 'Official rates for {date}',
  publishers: {
    cbr: 'the Bank of Russia',
    ecb: 'the European Central Bank',
    nbk: 'the National Bank of Kazakhstan',
    nbkr: 'the National Bank of the Kyrgyz Republic',
    cbu: 'the Central Bank of Uzbekistan',
    nbrb: 'the National Bank of Belarus',
  },
  /** Added to a caption when the rates come through a mirror; `{mirror}` is its host name. Mind the leading space. */
  via: ' (via {mirror})',
  /** Added to the caption when the document had rows that could not be read. */
  partial: '(some rates could not be read)',
};

/** The words of `<sco-currency-table>`; its caption's are in `sources`. */
export const table = {
  /** Column headers. `nominal` is the bank's denomination column ("Единиц" on cbr.ru): short. */
  headers: { country: 'Country', code: 'Code', currency: 'Currency', nominal: 'Den.', rate: 'Rate', change: 'Change' },
  /** Added to the caption when the rates are converted to another base currency (`{base}`, a code). */
  crossRates: 'cross rates in {base}',
  /** A requested currency the source does not quote. */
  notQuoted: 'not quoted',
  /** The change cell's accessible words. */
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  /** A change cell whose currency has no earlier rate while others have one. */
  noPrevious: 'no earlier rate',
  /** The caption (`{caption}`) of a table asked to show changes whose source gave no earlier rates: the change column is left out. */
  noEarlierRates: '{caption}; no earlier rates to compare with',
  /** The rate cell's tooltip: one unit of `{code}` is `{value}` of `{base}`. Right-to-left languages isolate each placeholder (U+2068…U+2069), see `glossary/ar.md`. */
  perUnit: '1 {code} = {value} {base}',
};

/** The words of `<sco-currency-converter>`; its note on where the rates come from is in `sources`. */
export const converter = {
  amount: 'Amount',
  /** Labels of the two currency selects. */
  from: 'From',
  to: 'To',
  /** The swap button's accessible name. */
  swap: 'Swap currencies',
  /** The field holds something that is not a number; `{example}` is 1234.5 written in the language. */
  notANumber: 'Enter the amount as a number, for example {example}.',
  notQuoted: '{code} is not quoted by this source. Choose another currency.',
  /** An option for a currency the sheet does not quote (kept so the select shows what was asked). */
  notQuotedOption: '{code} — not quoted',
  /** The result would be beyond any number the page can show. */
  tooLarge: 'The amount is too large to convert. Enter a smaller one.',
};

/** The words of `<sco-rate-chart>`. */
export const chart = {
  /** `{name}`: the currency's name; `{nominal}`: e.g. "10 CNY". "Chinese Yuan (CNY), RUB per 1 CNY". */
  title: '{name} ({code}), {base} per {nominal}',
  /** Beside the latest value: the date of that value. */
  latestOn: 'on {date}',
  /** The change over the range shown: "since 28 Aug 2021". */
  since: 'since {date}',
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  /** The read-out of one day, as the pointer or the arrow keys move. */
  readout: '{date}: {value} {base}',
  /** The accessible name of the picture. */
  chartLabel: 'Official rate of {code} in {base} from {from} to {to}. Use the arrow keys to read the value of each day.',
  /** The caption of the hidden table that carries the same numbers for screen readers. */
  tableCaption: 'Official rate of {code} in {base}, per {nominal}',
  /** That table's column headers. */
  date: 'Date',
  rate: 'Rate',
  /** Above the chart when records of the history could not be read and were left out (the line joins the days on either side). */
  partial: 'The rates of some days could not be read.',
};

/** The words of `<sco-clock>` and `<sco-capital-clocks>`. */
export const clock = {
  unknownZone: 'Unknown time zone: {zone}',
  /** The accessible name of the list of clocks. */
  listLabel: 'Local times',
  /** With `show-daynight`: whether it is day or night in that city. */
  day: 'day',
  night: 'night',
  /** The visible difference from the viewer's time; `{value}` is signed, e.g. "+4" or "−2:30". */
  offsetShort: '{value} h',
  /** The spoken difference; `{duration}` is e.g. "4 hours 30 minutes". */
  ahead: '{duration} ahead of your time',
  behind: '{duration} behind your time',
  sameTime: 'same as your time',
  /**
   * The parts of `{duration}`, used only where the browser cannot name the units in this language
   * (short forms, so no plural rules are needed).
   */
  hours: '{count} h',
  minutes: '{count} min',
};

/** The words of `<sco-headline-ticker>`. */
export const ticker = {
  /** The accessible name of the list of headlines. */
  headlines: 'Headlines',
  /** The pause button's name; `aria-pressed` says whether the headlines are paused. */
  pause: 'Pause headlines',
  /** Shown when the feed holds no headlines. */
  empty: 'No headlines yet.',
  /** Above the headlines of a feed that arrived cut short (or lost its end tags): the ones shown are whole, others may be missing. */
  partial: 'Some headlines may be missing.',
};

/** The words of `<sco-member-states>`. */
export const members = {
  /** The SCO's own names for its groups (the last two were merged into "partners" in 2025). */
  headings: { members: 'Member States', observers: 'Observer States', 'dialogue-partners': 'Dialogue Partners', partners: 'Partners' },
  /** Read by screen readers before the capital's name. Mind the trailing space. */
  capital: 'capital: ',
  /** A group that had no states on the date asked for. */
  none: 'The SCO had no states of this group on {date}.',
};

/**
 * The names of the SCO capitals, in each language's established usage (the clocks' labels, the
 * member states' capitals, `sco.capitalName`).
 */
export const capitals = {
  beijing: 'Beijing',
  moscow: 'Moscow',
  astana: 'Astana',
  bishkek: 'Bishkek',
  dushanbe: 'Dushanbe',
  tashkent: 'Tashkent',
  'new-delhi': 'New Delhi',
  islamabad: 'Islamabad',
  tehran: 'Tehran',
  minsk: 'Minsk',
  ulaanbaatar: 'Ulaanbaatar',
  kabul: 'Kabul',
  /** Sri Lanka's legislative capital; Colombo (same zone) is the commercial one. */
  'sri-jayawardenepura-kotte': 'Sri Jayawardenepura Kotte',
  ankara: 'Ankara',
  yerevan: 'Yerevan',
  baku: 'Baku',
  'phnom-penh': 'Phnom Penh',
  kathmandu: 'Kathmandu',
  cairo: 'Cairo',
  doha: 'Doha',
  riyadh: 'Riyadh',
  manama: 'Manama',
  'kuwait-city': 'Kuwait City',
  male: 'Malé',
  /** Myanmar's capital since 2006. */
  naypyidaw: 'Naypyidaw',
  'abu-dhabi': 'Abu Dhabi',
  vientiane: 'Vientiane',
};
