import { DataError } from '../errors.js';
import type { Source } from '../source.js';
import type { RateSeries } from '../types.js';
import { UPSTREAMS } from '../upstreams.js';
import { HOUR, cbrDate } from './common.js';

/** What a history widget asks for. */
export interface SeriesQuery {
  code: string;
  /** `YYYY-MM-DD` inclusive. */
  from: string;
  to: string;
}

/** The Bank of Russia's history of one currency (`XML_dynamic.asp`). */
export const cbrHistory: Source<RateSeries, SeriesQuery> = {
  name: 'cbr',
  ttl: HOUR,
  key: (q) => `${q.code}|${q.from}|${q.to}`,
  async load(query, { fetchText }) {
    const [{ parseCbrDynamic }, { cbrIdOf }] = await Promise.all([import('../parsers/cbr-dynamic.js'), import('../parsers/cbr-ids.js')]);
    const id = cbrIdOf(query.code);
    if (!id) throw new DataError('source', `The Bank of Russia publishes no history for ${query.code}`);
    const url = `${UPSTREAMS.cbrDynamic}?date_req1=${cbrDate(query.from)}&date_req2=${cbrDate(query.to)}&VAL_NM_RQ=${id}`;
    return parseCbrDynamic(await fetchText(url), query.code);
  },
};

/**
 * One currency's history from a document at any URL (`XML_dynamic`, ECB history), its format
 * recognised from the content. The URL fixes the dates, so the query's range is not sent anywhere;
 * `code` names the currency to read (an ECB document holds many).
 */
export function historyAt(url: string, code: string): Source<RateSeries, SeriesQuery> {
  return {
    name: `history:${url}`,
    ttl: HOUR,
    key: () => code.toUpperCase(),
    async load(_query, { fetchText }) {
      const { parseRateHistory } = await import('../parsers/detect.js');
      return parseRateHistory(await fetchText(url), code);
    },
  };
}
