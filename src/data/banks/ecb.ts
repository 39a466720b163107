import { latestSheet, lazyParser } from './bank.js';

const ecbParsers = () => import('../parsers/ecb.js');

/**
 * The European Central Bank's euro reference rates. Its history files (`eurofxref-hist*.xml`) have
 * the daily file's shape: the chart reads them from a URL.
 */
export const ecb = latestSheet({
  name: 'ecb',
  base: 'EUR',
  recognise: { root: 'Envelope', pattern: /eurofxref/ },
  upstreams: { ecb: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml' },
  sheetParser: lazyParser(ecbParsers, (parsers) => parsers.parseEcb),
  historyParser: lazyParser(ecbParsers, (parsers) => parsers.parseEcbHistory),
});
