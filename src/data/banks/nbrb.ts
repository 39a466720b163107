import { latestSheet, lazyParser } from './bank.js';

/** The National Bank of the Republic of Belarus, in Belarusian rubles: its daily rates as JSON. */
export const nbrb = latestSheet({
  name: 'nbrb',
  base: 'BYN',
  recognise: { pattern: /"Cur_Abbreviation"\s*:/ },
  upstreams: { nbrb: 'https://api.nbrb.by/exrates/rates?periodicity=0' },
  sheetParser: lazyParser(
    () => import('../parsers/nbrb.js'),
    (parsers) => parsers.parseNbrb,
  ),
});
