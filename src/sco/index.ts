/** SCO reference data: states and their statuses over time, capitals, currencies. No DOM. */
export {
  SCO_STATES,
  stateByCode,
  stateName,
  statesAsOf,
  statesIn,
  statusOn,
  flagEmoji,
  type ScoGroup,
  type ScoState,
  type ScoStatus,
  type ScoStatusChange,
  type StateSelection,
} from './states.js';
export { isIsoDate, todayIso } from '../core/dates.js';
export { CAPITALS, capitalById, type Capital, type CapitalId, type CapitalLanguage } from './capitals.js';
export { capitalName } from './capital-names.js';
export { capitalsOf } from './capitals-of.js';
export { SCO_MEMBER_CURRENCIES, countryOfCurrency, currencyOf, defaultCurrencies } from './currencies.js';
