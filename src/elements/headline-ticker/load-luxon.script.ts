/**
 * How luxon reaches the script-tag bundle, which must stay one file: from `luxon.js` beside the
 * bundle (scripts/build.mjs writes it). The build puts this module in place of `load-luxon.ts`.
 */
import type * as Luxon from 'luxon';
import { besideTheScript } from '../../core/base-path.js';

export const loadLuxon = (): Promise<typeof Luxon> => import(besideTheScript('luxon.js'));
