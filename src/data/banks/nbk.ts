import { latestSheet, lazyParser } from './bank.js';

/** The National Bank of Kazakhstan, in tenge: all its rates as RSS. */
export const nbk = latestSheet({
  name: 'nbk',
  base: 'KZT',
  recognise: { root: 'rss', pattern: /<quant>/ },
  upstreams: { nbk: 'https://nationalbank.kz/rss/rates_all.xml' },
  sheetParser: lazyParser(
    () => import('../parsers/nbk.js'),
    (parsers) => parsers.parseNbk,
  ),
});
