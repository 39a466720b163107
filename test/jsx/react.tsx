// The React 19 JSX types, checked by `npm run typecheck`: markup a React developer would write
// compiles, and mistakes in attribute values, names and event details do not.
import type {} from '../../src/jsx/react.js';
import type { RateSheet } from '../../src/data/types.js';

declare const sheet: RateSheet;

export const sidebar = (
  <aside className="sidebar">
    <sco-currency-table
      source="cbr"
      currencies="CNY,INR,KZT"
      base="CNY"
      show-change
      flags={false}
      theme="dark"
      onsco-load={(event) => console.log(event.detail.date, event.detail.rates.length, event.currentTarget.currencies)}
      onsco-error={(event) => console.warn(event.detail.error.message, event.detail.stale)}
    />
    <sco-currency-table data={sheet} />
    <sco-currency-converter from="CNY" to="RUB" amount={250} />
    <sco-rate-chart code="CNY" days="90" onsco-load={(event) => event.detail.points.length} />
    <sco-headline-ticker src="/feed.xml" mode="rotate" speed={40} date-format="dd.MM HH:mm" time-zone="Europe/Moscow" target="_blank" />
    <sco-clock zone="Asia/Shanghai" label="Beijing" face="analog" seconds hour-cycle="h23" />
    <sco-capital-clocks group="partners" show-offset show-daynight locale="ru" />
    <sco-member-states group="members" as-of="2020-01-13" />
  </aside>
);

export const mistakes = (
  <>
    {/* @ts-expect-error: not a ticker mode */}
    <sco-headline-ticker mode="bounce" />
    {/* @ts-expect-error: not a clock face */}
    <sco-clock face="sundial" />
    {/* @ts-expect-error: no such attribute (TypeScript lets any hyphenated name through, so only plain ones are caught) */}
    <sco-currency-table currency="CNY" />
    {/* @ts-expect-error: not a palette */}
    <sco-member-states theme="sepia" />
    {/* @ts-expect-error: a table's data is a rate sheet */}
    <sco-currency-table data={{ items: [] }} />
    {/* @ts-expect-error: a table's sco-load carries a rate sheet, not a feed */}
    <sco-currency-table onsco-load={(event) => event.detail.items} />
    {/* @ts-expect-error: a boolean attribute takes no text */}
    <sco-currency-table show-change="yes" />
  </>
);
