import { latestSheet, lazyParser } from './bank.js';

/** The Central Bank of Uzbekistan, in sum: all its rates as JSON, each currency named in four languages. */
export const cbu = latestSheet({
  name: 'cbu',
  base: 'UZS',
  recognise: { pattern: /"Ccy"\s*:/ },
  upstreams: { cbu: 'https://cbu.uz/uz/arkhiv-kursov-valyut/json/' },
  sheetParser: lazyParser(
    () => import('../parsers/cbu.js'),
    (parsers) => parsers.parseCbu,
  ),
  namesByLanguage: true,
});
