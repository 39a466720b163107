// The rate chart with a ten-year Bank of Russia history (about 2,600 records): time to the first
// frame that shows it, and frame times while a pointer sweeps across it reading out values —
// beside the plainest hand-made SVG chart doing the same job, each in its own page, the two pages
// drawing in turn so that a load on the machine weighs on both alike.
import { dynamicSeries } from './documents.mjs';
import {
  SCRIPT_EVENTS,
  bundle,
  coveredMs,
  fixed,
  formatSpread,
  median,
  openPage,
  profile,
  profileTable,
  quantile,
  ratio,
  table,
  traceMainThread,
} from './harness.mjs';

/** A frame longer than this is a visible stutter (a long task, in the browser's own terms). */
const JANK_MS = 50;
const VARIANTS = ['chart', 'chart-baseline'];
/** What the browser does to lay out a page: style recalculation and layout. */
const LAYOUT_EVENTS = ['UpdateLayoutTree', 'Layout'];

/** The thread's CPU milliseconds in the outermost of `events` named `names`. */
function cpuMs(events, names) {
  let total = 0;
  let outerEnd = -Infinity;
  for (const e of events.filter((e) => names.includes(e.name)).sort((a, b) => a.start - b.start)) {
    if (e.start < outerEnd) continue;
    total += e.cpu;
    outerEnd = e.end;
  }
  return total;
}

/**
 * One draw, traced: how many layouts (and style recalculations) script forced — those that run
 * inside a script event rather than in the frame — how many layouts there were in all, the
 * milliseconds of script, style and layout, and the main thread's CPU time for the whole draw
 * (every task, frame included; a loaded machine inflates it far less than wall time).
 */
async function traceDraw(browser, page) {
  const events = await traceMainThread(browser, page, () => page.evaluate(() => window.bench.render()));
  const scripts = events.filter((e) => SCRIPT_EVENTS.includes(e.name));
  const inScript = (e) => scripts.some((s) => s.start <= e.start && e.end <= s.end);
  const forced = events.filter((e) => LAYOUT_EVENTS.includes(e.name) && inScript(e));
  return {
    cpuMs: cpuMs(events, ['RunTask']),
    forcedLayouts: forced.filter((e) => e.name === 'Layout').length,
    forcedStyles: forced.filter((e) => e.name === 'UpdateLayoutTree').length,
    layouts: events.filter((e) => e.name === 'Layout').length,
    // Script without the layouts it forced, which the next two columns count.
    scriptMs: coveredMs(events, SCRIPT_EVENTS) - coveredMs(forced, LAYOUT_EVENTS),
    parseMs: coveredMs(events, ['ParseHTML']),
    styleMs: coveredMs(events, ['UpdateLayoutTree']),
    layoutMs: coveredMs(events, ['Layout']),
  };
}

export async function run({ browser, server, quick }) {
  server.add(await bundle('chart', { chart: 'bench/pages/chart.mjs' }));
  server.add(await bundle('chart-baseline', { 'chart-baseline': 'bench/pages/chart-baseline.mjs' }));
  const { text, records } = dynamicSeries(10);
  const renders = quick ? 3 : 9;
  const steps = quick ? 60 : 240;
  const tracedDraws = quick ? 1 : 5;
  const pages = {};
  const results = {};
  for (const variant of VARIANTS) {
    pages[variant] = await openPage(browser, `${server.origin}/page/${variant}`);
    const points = await pages[variant].page.evaluate((t) => window.bench.load(t), text);
    if (points !== records) throw new Error(`${variant}: ${points} points parsed, expected ${records}`);
    await pages[variant].page.evaluate(() => window.bench.render()); // warm-up, left out
    results[variant] = { times: [] };
  }
  const pairRatios = [];
  for (let i = 0; i < renders; i++) {
    for (const variant of VARIANTS) results[variant].times.push(await pages[variant].page.evaluate(() => window.bench.render()));
    pairRatios.push(ratio(results.chart.times.at(-1), results['chart-baseline'].times.at(-1)));
  }
  for (const variant of VARIANTS) results[variant].traces = [];
  for (let i = 0; i < tracedDraws; i++) for (const variant of VARIANTS) results[variant].traces.push(await traceDraw(browser, pages[variant].page));
  for (const variant of VARIANTS) {
    const { traces } = results[variant];
    // Counts from the first traced draw (they do not vary); times as medians.
    results[variant].trace = {
      ...traces[0],
      ...Object.fromEntries(['cpuMs', 'scriptMs', 'parseMs', 'styleMs', 'layoutMs'].map((key) => [key, median(traces.map((t) => t[key]))])),
    };
    results[variant].frames = await pages[variant].page.evaluate((n) => window.bench.sweep(n), steps);
  }
  results.profile = await profile(pages.chart.cdp, server, () =>
    pages.chart.page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await window.bench.render();
    }),
  );
  for (const variant of VARIANTS) await pages[variant].close();

  const widget = results.chart;
  const baseline = results['chart-baseline'];
  const janky = widget.frames.filter((f) => f > JANK_MS).length;
  const row = (label, r) => [
    label,
    formatSpread(r.times, 1),
    fixed(median(r.frames), 1),
    fixed(quantile(r.frames, 0.95), 1),
    fixed(Math.max(...r.frames), 1),
    String(r.frames.filter((f) => f > JANK_MS).length),
  ];
  const traceRow = (label, t) => [
    label,
    String(t.forcedLayouts),
    String(t.forcedStyles),
    String(t.layouts),
    fixed(t.cpuMs, 1),
    fixed(t.scriptMs, 1),
    fixed(t.parseMs, 1),
    fixed(t.styleMs, 1),
    fixed(t.layoutMs, 1),
  ];
  const cpuRatio = ratio(widget.trace.cpuMs, baseline.trace.cpuMs);
  const renderRatio = median(pairRatios);
  const renderMet = renderRatio <= 1.2;
  const forcedMet = widget.trace.forcedLayouts === 0;
  const lines = [
    `A generated ${records}-record \`XML_dynamic\` series (ten years of CNY, the bank's own gaps kept), parsed once, then drawn ${renders} times into a 960×420 box (after one draw left out as warm-up), the widget's page and the baseline's drawing in turn; then ${steps} pointer moves across the plot, one per animation frame, each moving the read-out to the nearest record.`,
    '',
    table(
      ['variant', 'to first frame, ms', 'sweep frame median, ms', 'p95, ms', 'longest, ms', `frames > ${JANK_MS} ms`],
      [row('`<sco-rate-chart>` (.data)', widget), row('baseline: one SVG path built as a string, the same visually hidden table', baseline)],
    ),
    '',
    `- Drawing, widget ÷ baseline: **${fixed(renderRatio, 2)}×** (median of the ${renders} pairs drawn in turn: ${pairRatios.map((r) => fixed(r, 2)).join(', ')}); target ≤ 1.2× — **${renderMet ? 'met' : 'missed'}**. The widget also lays out date and value ticks, a summary, points and a localised table.`,
    `- Frames over ${JANK_MS} ms while reading out values: **${janky}** of ${widget.frames.length} — ${janky === 0 ? 'no jank' : 'jank'} (a frame is about 16.7 ms at 60 Hz).`,
    '',
    `${tracedDraws} draw(s) of each, traced in turn (counts do not depend on the load of the machine; a forced layout is one that script asks for, e.g. by reading a size, rather than the one the frame does; times are medians, CPU the main thread's own time over the whole draw, frame included):`,
    '',
    table(
      ['variant', 'forced layouts', 'forced style recalcs', 'layouts in all', 'main-thread CPU ms', 'script ms', 'HTML parsing ms', 'style ms', 'layout ms'],
      [traceRow('`<sco-rate-chart>`', widget.trace), traceRow('baseline', baseline.trace)],
    ),
    '',
    `- Main-thread CPU time per draw, widget ÷ baseline: ${fixed(cpuRatio, 2)}×.`,
    '',
    `Where a draw of the widget goes (CDP sampling profile of three draws, ${fixed(results.profile.busyMs, 0)} ms busy; self time by function):`,
    '',
    profileTable(results.profile),
  ];
  return {
    title: 'Rate chart (ten years)',
    markdown: lines.join('\n'),
    targets: [
      {
        name: `Chart: frames over ${JANK_MS} ms while hovering a ten-year series`,
        target: '0',
        value: `${janky} of ${widget.frames.length} (p95 ${fixed(quantile(widget.frames, 0.95), 1)} ms)`,
        met: janky === 0,
      },
      {
        name: 'Chart: ten-year series to first frame vs plain SVG',
        target: '≤ 1.2×',
        value: `${fixed(median(widget.times), 1)} vs ${fixed(median(baseline.times), 1)} ms (${fixed(renderRatio, 2)}×)`,
        met: renderMet,
      },
      { name: 'Chart: forced layouts per draw of the ten-year series', target: '0', value: String(widget.trace.forcedLayouts), met: forcedMet },
    ],
  };
}
