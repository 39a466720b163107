/** Which capitals a group of SCO states has: the one place that reads both the states and the capitals. */
import { capitalById, type Capital } from './capitals.js';
import { statesIn, type StateSelection } from './states.js';

/**
 * The capitals of the members, of the partners (before 1 September 2025: the observers and
 * dialogue partners) or of all of them, on `asOf` (`YYYY-MM-DD`, default today), in the order
 * `statesAsOf` lists their states. This is what `<sco-capital-clocks group>` shows.
 */
export function capitalsOf(group: StateSelection, asOf?: string): Capital[] {
  return statesIn(group, asOf).map((state) => capitalById(state.capital));
}
