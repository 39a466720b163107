/**
 * Every bank's parsers, loaded up front: the public API's, and those the synchronous `parseRates`
 * picks from (`detect.ts`). Apart from the list of banks (`../banks/index.ts`), which every rates
 * page loads and which imports a parser only on first use.
 */
export { parseCbrDaily } from './cbr-daily.js';
export { parseCbrDynamic } from './cbr-dynamic.js';
export { parseCbrJson } from './cbr-json.js';
export { parseEcb, parseEcbHistory } from './ecb.js';
export { parseNbk } from './nbk.js';
export { parseNbkr } from './nbkr.js';
export { parseCbu } from './cbu.js';
export { parseNbrb } from './nbrb.js';
