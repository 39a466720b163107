/**
 * The built-in banks: the one list of them. Built from it: the registry (`../sources/index.ts`), the
 * lazy and eager parser tables and the formats sniffing tells apart (`../parsers/`), `UPSTREAMS` and
 * its hosts (`../upstreams.ts`), the proxy's default allowlist and the offline snapshots' addresses
 * (`scripts/snapshots.mjs`), and the docs' table of built-in sources (docs/sources.md, `scripts/docs.mjs`).
 *
 * Every page with a rates widget loads this list, so nothing here imports a parser: esbuild splits
 * code by file, and a parser this module reached, even unused, would load with every page. Hence a
 * bank is, besides its descriptor (`./<name>.ts`) and its parser, a line in two lists of what pages
 * load only on demand: its parser's exports in `../parsers/index.ts` (loaded up front by the public
 * API and `parseRates`), and its sniffing rule in `../parsers/sniff.ts` (loaded for documents of
 * unknown format). The compiler or `test/data/banks.node.test.ts` says when either is missing.
 */
import { cbr } from './cbr.js';
import { cbrJson } from './cbr-json.js';
import { cbu } from './cbu.js';
import { ecb } from './ecb.js';
import { nbk } from './nbk.js';
import { nbkr } from './nbkr.js';
import { nbrb } from './nbrb.js';

/**
 * Every built-in bank, in the order they are registered, tried when a document is recognised and
 * documented. The default export, so that `export *` passes on the sources below but not the list.
 */
const BANKS = [cbr, cbrJson, ecb, nbk, nbkr, cbu, nbrb] as const;
export default BANKS;

export { cbr, cbrJson, ecb, nbk, nbkr, cbu, nbrb };
export { cbrHistory } from './cbr.js';
