// The chart page: <sco-rate-chart> drawing a ten-year history given as .data, and a pointer sweep.
import '../../src/elements/rate-chart/define.ts';
import { parseRateHistory } from '../../src/data/parsers/detect.ts';
import { nextFrame, sweepFrames } from './sweep.mjs';

let series;
let chart;

window.bench = {
  load(text) {
    series = parseRateHistory(text, 'CNY');
    return series.points.length;
  },
  /** Milliseconds from handing over the series to the first frame that shows it. */
  async render() {
    chart?.remove();
    chart = document.createElement('sco-rate-chart');
    chart.setAttribute('style', 'display:block;width:960px;height:420px');
    const start = window.performance.now();
    chart.data = series;
    document.body.append(chart);
    await chart.updateComplete;
    await nextFrame();
    return window.performance.now() - start;
  },
  sweep(steps) {
    return sweepFrames(chart.shadowRoot.querySelector('[part~="chart"]'), steps);
  },
};
window.benchReady = true;
