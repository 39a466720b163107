/**
 * Every bank's parsers, loaded up front: the public API's, and those the synchronous `parseRates`
 * picks from (`detect.ts`). Apart from the list of banks (`../banks/index.ts`), which every rates
 * page loads and which imports a parser only on first use.
 */
import { parseCbrDaily } from './cbr-daily.js';
import { parseCbrDynamic } from './cbr-dynamic.js';
import { parseCbrJson } from './cbr-json.js';
import { parseEcb, parseEcbHistory } from './ecb.js';
import { parseNbk } from './nbk.js';
import { parseNbkr } from './nbkr.js';
import { parseCbu } from './cbu.js';
import { parseNbrb } from './nbrb.js';

export { parseCbrDaily, parseCbrDynamic, parseCbrJson, parseEcb, parseEcbHistory, parseNbk, parseNbkr, parseCbu, parseNbrb };

/** The same in one plain object, for `parseRates` to pick from (lighter than the module's namespace object). */
export const everyParser = { parseCbrDaily, parseCbrDynamic, parseCbrJson, parseEcb, parseEcbHistory, parseNbk, parseNbkr, parseCbu, parseNbrb };
