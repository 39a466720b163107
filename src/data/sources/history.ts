import { DataError } from '../errors.js';
import { restoreSeries } from '../persisted.js';
import { parseHistoryAs } from '../parsers/lazy.js';
import type { Source } from '../source.js';
import type { RateSeries } from '../types.js';
import { UPSTREAMS } from '../upstreams.js';
import { HOUR, cbrDate } from './common.js';
import { identify } from './identity.js';

/** What a history widget asks for. */
export interface SeriesQuery {
  code: string;
  /** `YYYY-MM-DD` inclusive. */
  from: string;
  to: string;
}

/** The Bank of Russia's history of one currency (`XML_dynamic.asp`). */
export const cbrHistory: Source<RateSeries, SeriesQuery> = identify('cbr:history', {
  name: 'cbr',
  ttl: HOUR,
  restore: restoreSeries,
  key: (q) => `${q.code}|${q.from}|${q.to}`,
  async load(query, { fetchText }) {
    const { cbrIdOf } = await import('../parsers/cbr-ids.js');
    const id = cbrIdOf(query.code);
    if (!id) throw new DataError('source', `The Bank of Russia publishes no history for ${query.code}`);
    const url = `${UPSTREAMS.cbrDynamic}?date_req1=${cbrDate(query.from)}&date_req2=${cbrDate(query.to)}&VAL_NM_RQ=${id}`;
    return parseHistoryAs('cbr', await fetchText(url), query.code);
  },
});
