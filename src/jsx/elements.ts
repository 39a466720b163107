/**
 * The elements as JSX sees them, framework-neutral: each tag's HTML attributes (named and typed as
 * written in markup), its properties that take objects, and its events. `react.d.ts`, `preact.d.ts`
 * and `solid.d.ts` dress these in each framework's conventions. Value types come from the element
 * classes, so an attribute's accepted values cannot drift from what the element understands;
 * `npm run docs -- --check` compares the attribute names with the manifest.
 */
import type { Feed, RateSeries, RateSheet } from '../data/types.js';
import type { ClockElement } from '../elements/clock/clock-element.js';
import type { ScoCapitalClocks } from '../elements/clock/sco-capital-clocks.js';
import type { ScoClock } from '../elements/clock/sco-clock.js';
import type { ScoCurrencyConverter } from '../elements/currency-converter/sco-currency-converter.js';
import type { ScoCurrencyTable } from '../elements/currency-table/sco-currency-table.js';
import type { ScoHeadlineTicker } from '../elements/headline-ticker/sco-headline-ticker.js';
import type { ClockSpec } from '../elements/clock/clock-reading.js';
import type { Organisation, ScoMemberStates } from '../elements/member-states/sco-member-states.js';
import type { ScoRateChart } from '../elements/rate-chart/sco-rate-chart.js';
import type { ScoElement, ScoEventMap } from '../elements/shared/sco-element.js';

/** A boolean attribute: present (`true`, `''`) or absent (`false`, `undefined`). */
type Flag = boolean | '';
/** A number attribute, as a number or as written in markup. */
type Num = number | `${number}`;

/** Every widget: language and palette. (`state` is the widget's to set.) */
export interface ScoCommonAttributes {
  locale?: string;
  theme?: ScoElement['theme'];
}

/** The widgets that load data: when they load it. */
export interface ScoDataAttributes extends ScoCommonAttributes {
  loading?: ScoCurrencyTable['loading'];
}

/** `<sco-clock>` and `<sco-capital-clocks>`. */
export interface ScoClockCommonAttributes extends ScoCommonAttributes {
  'hour-cycle'?: ClockElement<unknown>['hourCycle'];
  seconds?: Flag;
  face?: ClockElement<unknown>['face'];
  'show-date'?: Flag;
  'show-offset'?: Flag;
  'show-daynight'?: Flag;
}

/** The tags and their HTML attributes. */
export interface ScoElementAttributes {
  'sco-currency-table': ScoDataAttributes & {
    source?: string;
    src?: string;
    currencies?: string;
    base?: string;
    date?: string;
    'show-change'?: Flag;
    flags?: Flag;
  };
  'sco-currency-converter': ScoDataAttributes & {
    source?: string;
    src?: string;
    from?: string;
    to?: string;
    amount?: Num;
  };
  'sco-rate-chart': ScoDataAttributes & {
    code?: string;
    days?: Num;
    base?: string;
    source?: string;
    src?: string;
  };
  'sco-headline-ticker': ScoDataAttributes & {
    src?: string;
    source?: string;
    limit?: Num;
    mode?: ScoHeadlineTicker['mode'];
    speed?: Num;
    'date-format'?: string;
    'time-zone'?: string;
    target?: string;
  };
  'sco-clock': ScoClockCommonAttributes & {
    zone?: string;
    label?: string;
  };
  'sco-capital-clocks': ScoClockCommonAttributes & {
    zones?: string;
    group?: ScoCapitalClocks['group'];
  };
  'sco-member-states': ScoCommonAttributes & {
    group?: ScoMemberStates['group'];
    'as-of'?: string;
    'heading-level'?: Num;
  };
}

/** Properties without an attribute: data given directly, nothing fetched. */
export interface ScoElementProperties {
  'sco-currency-table': { data?: RateSheet };
  'sco-currency-converter': { data?: RateSheet };
  'sco-rate-chart': { data?: RateSeries };
  'sco-headline-ticker': { data?: Feed };
  'sco-clock': object;
  'sco-capital-clocks': object;
  'sco-member-states': object;
}

/** A widget's own events, as its `addEventListener` types them: `sco-load` carries its data. */
type DataEvents<T> = Pick<ScoEventMap<T>, 'sco-load' | 'sco-error'>;

export interface ScoElementEvents {
  'sco-currency-table': DataEvents<RateSheet>;
  'sco-currency-converter': DataEvents<RateSheet>;
  'sco-rate-chart': DataEvents<RateSeries>;
  'sco-headline-ticker': DataEvents<Feed>;
  'sco-clock': DataEvents<ClockSpec>;
  'sco-capital-clocks': DataEvents<ClockSpec[]>;
  'sco-member-states': DataEvents<Organisation>;
}

/** The element classes, by tag. */
export interface ScoElementTagNameMap {
  'sco-currency-table': ScoCurrencyTable;
  'sco-currency-converter': ScoCurrencyConverter;
  'sco-rate-chart': ScoRateChart;
  'sco-headline-ticker': ScoHeadlineTicker;
  'sco-clock': ScoClock;
  'sco-capital-clocks': ScoCapitalClocks;
  'sco-member-states': ScoMemberStates;
}

export type ScoTag = keyof ScoElementTagNameMap;

/** Event listener props named `${prefix}${event}`: `onsco-load` for React and Preact, `on:sco-load` for Solid. */
export type ScoEventProps<Tag extends ScoTag, Prefix extends string> = {
  [E in keyof ScoElementEvents[Tag] as `${Prefix}${E & string}`]?: (event: ScoElementEvents[Tag][E] & { currentTarget: ScoElementTagNameMap[Tag] }) => void;
};
