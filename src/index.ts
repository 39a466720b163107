/**
 * sco-widgets: the whole library. Importing it defines every element; import
 * `sco-widgets/<widget>` instead to load one widget alone, or `sco-widgets/data` for no elements.
 */
export * from './data/index.js';
export { configureFromScript } from './config-from-script.js';
export { ScoElement } from './elements/shared/sco-element.js';
export type { ScoErrorDetail } from './elements/shared/data-controller.js';
export { ScoCurrencyTable } from './elements/currency-table/define.js';
export { ScoCurrencyConverter } from './elements/currency-converter/define.js';
export { ScoRateChart } from './elements/rate-chart/define.js';
export { ScoHeadlineTicker } from './elements/headline-ticker/define.js';
export { ScoClock, ScoCapitalClocks } from './elements/clock/define.js';
export { ScoMemberStates } from './elements/member-states/define.js';
export * as sco from './sco/index.js';
export { LANGUAGES, requestLanguage, type Language } from './i18n/index.js';
export type { ScoElementEvents, ScoElementTagNameMap, ScoTag } from './jsx/elements.js';
