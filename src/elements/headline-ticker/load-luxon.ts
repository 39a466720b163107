/**
 * How luxon arrives for the ticker's rarer date tokens: as a chunk of its own, which bundlers and the
 * CDN build split out. The script-tag bundle swaps this module for `load-luxon.script.ts`.
 */
import type * as Luxon from 'luxon';

export const loadLuxon = (): Promise<typeof Luxon> => import('luxon');
