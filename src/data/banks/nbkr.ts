import { latestSheet, lazyParser } from './bank.js';

/** The National Bank of the Kyrgyz Republic: USD, EUR, KZT and RUB in som. */
export const nbkr = latestSheet({
  name: 'nbkr',
  base: 'KGS',
  recognise: { root: 'CurrencyRates' },
  upstreams: { nbkr: 'https://www.nbkr.kg/XML/daily.xml' },
  sheetParser: lazyParser(
    () => import('../parsers/nbkr.js'),
    (parsers) => parsers.parseNbkr,
  ),
});
