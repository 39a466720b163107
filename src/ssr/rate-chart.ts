/**
 * The rate chart on a server, where there is neither a box to measure nor a document to build in.
 * The browser's chart draws its plot once it knows its box, and builds its hidden table's rows; here
 * the plot is a sketch of the usual shape, stretched to any box by its own viewBox, and the rows are
 * written as they are. Neither has a part in it: the browser takes both over as they are drawn (Lit
 * leaves the sketch where the browser's first update draws nothing yet) and replaces the sketch with
 * the plot as soon as the box is measured.
 */
import { html, svg } from 'lit';
import type { RatePoint, RateSeries } from '../data/types.js';
import { layout } from '../elements/rate-chart/chart-geometry.js';
import { ScoRateChart } from '../elements/rate-chart/sco-rate-chart.js';

/** The box the sketch is laid out in, about the chart's usual shape. */
const SKETCH = { width: 600, height: 170, fontSize: 14 };

/** `markup` as one template string with no part in it, as Lit's `unsafeHTML` makes it. */
const partless = (tag: typeof html | typeof svg, markup: string) => tag(Object.assign([markup], { raw: [markup] }));

const chart = ScoRateChart.prototype as unknown as {
  unmeasured(this: ScoRateChart, series: RateSeries, values: number[]): unknown;
  rows(points: readonly RatePoint[], values: readonly number[], day: (iso: string) => string, rate: Intl.NumberFormat): unknown;
};

// The line and the area alone: labels and markers would stretch with the picture. The stroke keeps
// its width (vector-effect in the chart's styles).
chart.unmeasured = function (series, values) {
  const { line, area } = layout(series, values, SKETCH, this.resolvedDir === 'rtl', this.resolvedLocale);
  return partless(
    svg,
    `<svg width="100%" height="100%" viewBox="0 0 ${SKETCH.width} ${SKETCH.height}" preserveAspectRatio="none"><path part="area" d="${area}"></path><path part="line" d="${line}"></path></svg>`,
  );
};

// The words are Intl's; a date that is no date cannot leave its attribute.
chart.rows = (points, values, day, rate) =>
  partless(
    html,
    points
      .map(
        (point, i) =>
          `<tr><th scope="row"><time datetime="${point.date.replace(/"/g, '')}">${day(point.date)}</time></th><td>${rate.format(values[i])}</td></tr>`,
      )
      .join(''),
  );
