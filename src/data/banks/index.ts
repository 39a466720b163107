/**
 * The built-in banks: the one list of them. The registry (`../sources/index.ts`), format sniffing
 * and the lazy and eager parser tables (`../parsers/`), `UPSTREAMS` and the hosts built from it
 * (`../upstreams.ts`), the proxy's allowlist and offline snapshots (`scripts/snapshots.mjs`) and the
 * docs' lists of source names (`scripts/docs.mjs`) are all built from it. A bank is its descriptor
 * (`./<name>.ts`) and its parser (`../parsers/`, whose `index.ts` passes every parser on).
 *
 * Every page with a rates widget loads this list, so nothing here imports a parser: esbuild splits
 * code by file, and a parser this module reached, even unused, would load with every page.
 */
import { cbr } from './cbr.js';
import { cbrJson } from './cbr-json.js';
import { cbu } from './cbu.js';
import { ecb } from './ecb.js';
import { nbk } from './nbk.js';
import { nbkr } from './nbkr.js';
import { nbrb } from './nbrb.js';

/**
 * Every built-in bank, in the order registered and tried when a document is recognised. The
 * default export, so that `export *` passes on the sources below but not the list.
 */
const BANKS = [cbr, cbrJson, ecb, nbk, nbkr, cbu, nbrb] as const;
export default BANKS;

export { cbr, cbrJson, ecb, nbk, nbkr, cbu, nbrb };
export { cbrHistory } from './cbr.js';
