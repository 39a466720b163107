// The rate chart with a ten-year Bank of Russia history (about 2,600 records): time to the first
// frame that shows it, and frame times while a pointer sweeps across it reading out values —
// beside the plainest hand-made SVG chart doing the same job, each in its own page.
import { dynamicSeries } from './documents.mjs';
import { bundle, fixed, formatSpread, median, openPage, profile, profileTable, quantile, ratio, table } from './harness.mjs';

/** A frame longer than this is a visible stutter (a long task, in the browser's own terms). */
const JANK_MS = 50;

export async function run({ browser, server, quick }) {
  server.add(await bundle('chart', { chart: 'bench/pages/chart.mjs' }));
  server.add(await bundle('chart-baseline', { 'chart-baseline': 'bench/pages/chart-baseline.mjs' }));
  const { text, records } = dynamicSeries(10);
  const renders = quick ? 3 : 7;
  const steps = quick ? 60 : 240;
  const results = {};
  for (const variant of ['chart', 'chart-baseline']) {
    const { page, cdp, close } = await openPage(browser, `${server.origin}/page/${variant}`);
    const points = await page.evaluate((t) => window.bench.load(t), text);
    if (points !== records) throw new Error(`${variant}: ${points} points parsed, expected ${records}`);
    const times = [];
    for (let i = 0; i < renders; i++) times.push(await page.evaluate(() => window.bench.render()));
    const frames = await page.evaluate((n) => window.bench.sweep(n), steps);
    results[variant] = { times: times.slice(1), frames };
    if (variant === 'chart') results.profile = await profile(cdp, server, () => page.evaluate(async () => { for (let i = 0; i < 3; i++) await window.bench.render(); }));
    await close();
  }
  const widget = results.chart;
  const baseline = results['chart-baseline'];
  const janky = widget.frames.filter((f) => f > JANK_MS).length;
  const row = (label, r) => [label, formatSpread(r.times, 1), fixed(median(r.frames), 1), fixed(quantile(r.frames, 0.95), 1), fixed(Math.max(...r.frames), 1), String(r.frames.filter((f) => f > JANK_MS).length)];
  const renderRatio = ratio(median(widget.times), median(baseline.times));
  const lines = [
    `A generated ${records}-record \`XML_dynamic\` series (ten years of CNY, the bank's own gaps kept), parsed once, then drawn ${renders} times into a 960×420 box (the first draw left out as warm-up); then ${steps} pointer moves across the plot, one per animation frame, each moving the read-out to the nearest record.`,
    '',
    table(['variant', 'to first frame, ms', 'sweep frame median, ms', 'p95, ms', 'longest, ms', `frames > ${JANK_MS} ms`], [
      row('`<sco-rate-chart>` (.data)', widget),
      row('baseline: one SVG path built as a string, the same visually hidden table', baseline),
    ]),
    '',
    `- Drawing, widget ÷ baseline: **${fixed(renderRatio, 1)}×** (the widget also lays out date and value ticks, a summary, points and a localised table).`,
    `- Frames over ${JANK_MS} ms while reading out values: **${janky}** of ${widget.frames.length} — ${janky === 0 ? 'no jank' : 'jank'} (a frame is about 16.7 ms at 60 Hz).`,
    '',
    `Where a draw of the widget goes (CDP sampling profile of three draws, ${fixed(results.profile.busyMs, 0)} ms busy; self time by function):`,
    '',
    profileTable(results.profile),
  ];
  return {
    title: 'Rate chart (ten years)',
    markdown: lines.join('\n'),
    targets: [
      { name: `Chart: frames over ${JANK_MS} ms while hovering a ten-year series`, target: '0', value: `${janky} of ${widget.frames.length} (p95 ${fixed(quantile(widget.frames, 0.95), 1)} ms)`, met: janky === 0 },
      { name: 'Chart: ten-year series to first frame vs plain SVG', target: 'report', value: `${fixed(median(widget.times), 1)} vs ${fixed(median(baseline.times), 1)} ms (${fixed(renderRatio, 1)}×)` },
    ],
  };
}
