// Server rendering (sco-widgets/ssr), in Node: per widget, the time of one `renderWidget` with its
// data already in the server's store (loaded once from the bench server's fixtures, then fresh: the
// timed renders make no request, which the server's log confirms), beside a baseline in the same
// run — Lit's own server renderer writing the same visible text as a plain template, one `<li>` per
// text run (`render(html`<ul>…</ul>`)` + `collectResultSync`), i.e. what writing that text with
// Lit SSR costs at the least — and the HTML's bytes, raw and gzip, with the share that is CSS (the
// shadow root's `<style>`) and the seed.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fixed, formatSpread, median, quantile, ratio, table } from './harness.mjs';

/** 2025-12-13 09:30:15 UTC, the instant the clocks show (their text, hence their bytes, stays put). */
const NOW = Date.UTC(2025, 11, 13, 9, 30, 15);

const widgets = (origin) => [
  [
    'sco-currency-table',
    { src: `${origin}/fixtures/cbr/XML_daily_eng_2025-12-13.extracted.xml`, 'show-change': '', flags: '' },
    'CBR daily sheet, the default 10 currencies',
  ],
  ['sco-currency-converter', { src: `${origin}/fixtures/cbr/XML_daily_eng_2025-12-13.extracted.xml` }, 'CBR daily sheet (55 currencies in the selects)'],
  ['sco-rate-chart', { src: `${origin}/fixtures/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml`, code: 'CNY' }, 'CBR dynamic, CNY, 4 days'],
  ['sco-headline-ticker', { src: `${origin}/fixtures/portal/headlines.rss`, mode: 'scroll' }, 'portal RSS, scroll (the list twice)'],
  ['sco-clock', { zone: 'Asia/Tokyo', seconds: '' }, 'one digital clock'],
  ['sco-capital-clocks', { 'show-date': '', 'show-offset': '' }, 'ten capitals, dates and offsets'],
  ['sco-member-states', {}, 'members, observers, partners'],
];

/** The visible text runs of `html` (styles, scripts and markup left out). */
const textRuns = (html) =>
  html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .split(/<[^<>]*>/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Samples of `fn`'s time in ms: each sample the mean of a batch of at least `batchMs`. */
async function samplesOf(fns, { samples, batchMs, warmupMs }) {
  const out = fns.map(() => []);
  for (const fn of fns) {
    const until = performance.now() + warmupMs;
    while (performance.now() < until) await fn();
  }
  // Interleaved, so a noisy moment on the shared machine hits the widget and its baseline alike.
  for (let s = 0; s < samples; s++) {
    for (const [i, fn] of fns.entries()) {
      let n = 0;
      const start = performance.now();
      let elapsed = 0;
      while (elapsed < batchMs) {
        await fn();
        n++;
        elapsed = performance.now() - start;
      }
      out[i].push(elapsed / n);
    }
  }
  return out;
}

export async function run({ server, quick }) {
  const { renderWidget } = await import('../src/ssr/index.ts');
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const options = quick ? { samples: 5, batchMs: 10, warmupMs: 50 } : { samples: 21, batchMs: 40, warmupMs: 300 };

  const rows = [];
  const sizeRows = [];
  const targets = [];
  let requests = 0;
  for (const [tag, attributes, label] of widgets(server.origin)) {
    const renderOptions = { now: NOW };
    // Once, loading from the bench server: the store now holds the data, fresh.
    const first = await renderWidget(tag, attributes, renderOptions);
    if (!/^<sco-[^>]*\bstate="ready"/.test(first)) throw new Error(`${tag} did not render ready: ${first.slice(0, 200)}`);
    const before = server.log.length;
    const texts = textRuns(first);
    const widget = () => renderWidget(tag, attributes, renderOptions);
    const baseline = () => collectResultSync(render(html`<ul>${texts.map((t) => html`<li>${t}</li>`)}</ul>`));
    const [ours, base] = await samplesOf([widget, baseline], options);
    requests += server.log.length - before;
    const last = await widget();
    if (last.replace(/"updated":\d+/, '') !== first.replace(/"updated":\d+/, '')) throw new Error(`${tag}: a second render differs from the first`);

    const perSample = ours.map((t, i) => t / base[i]);
    const x = ratio(median(ours), median(base));
    rows.push([
      `\`${tag}\`: ${label}`,
      formatSpread(ours, 3),
      formatSpread(base, 3),
      `**${fixed(x, 1)}×** (per-sample IQR ${fixed(quantile(perSample, 0.25), 1)}–${fixed(quantile(perSample, 0.75), 1)})`,
    ]);
    targets.push({
      name: `SSR: \`${tag}\` render (data in the store)`,
      target: 'report',
      value: `${fixed(median(ours), 2)} ms, ${fixed(x, 1)}× the plain template`,
    });

    const bytes = Buffer.byteLength(first);
    const css = [...first.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
    const seed = /<script type="application\/json" data-sco-seed>[\s\S]*<\/script>$/.exec(first)?.[0] ?? '';
    const gzip = (text) => gzipSync(text, { level: 9 }).length;
    const withoutCss = first.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
    sizeRows.push([
      `\`${tag}\``,
      `${(bytes / 1024).toFixed(1)}`,
      `${(gzip(first) / 1024).toFixed(1)}`,
      `${(css / 1024).toFixed(1)} (${((css / bytes) * 100).toFixed(0)}%)`,
      `${((gzip(first) - gzip(withoutCss)) / 1024).toFixed(1)}`,
      seed ? `${(Buffer.byteLength(seed) / 1024).toFixed(1)}` : '—',
      `${(gzip(first.replace(/<!--[^>]*-->|<\?>/g, '')) / 1024).toFixed(1)}`,
    ]);
  }

  const markdown = [
    `\`renderWidget(tag, attributes, { now })\` in Node ${process.version}, the data already in the server's store (the first render loaded it from the bench server; the timed renders made ${requests} request${requests === 1 ? '' : 's'}). Baseline, in the same run, interleaved: \`@lit-labs/ssr\` \`render()\` + \`collectResultSync\` of a plain lit-html template holding the same visible text, one \`<li>\` per text run of the widget's output — the least it costs to write that text with Lit's server renderer; the ratio is what the widget (its element renderer, controllers, words, formatting, the seed) adds on top. Time per render in ms, median (IQR, n samples of batched renders).`,
    '',
    table(['widget', 'renderWidget, ms', 'plain template, ms', 'ratio'], rows),
    '',
    'The HTML of each (KB; gzip level 9, each widget alone), rendered from src/, so its CSS is as written (the build minifies the styles of dist/, which `sco-widgets/ssr` users run: expect the CSS columns smaller there). CSS: the shadow root\'s `<style>` (the same text for every instance of a widget, once per instance in the page); "CSS in gzip": how much smaller the gzip is without it; seed: the `<script type="application/json" data-sco-seed>` after a data widget; the last column: gzip without Lit\'s hydration comments (`<!--lit-part…-->`), what they cost.',
    '',
    table(['widget', 'raw', 'gzip', 'CSS raw (share)', 'CSS in gzip', 'seed raw', 'gzip w/o Lit markers'], sizeRows),
  ].join('\n');
  return { title: 'Server rendering', markdown, targets };
}
