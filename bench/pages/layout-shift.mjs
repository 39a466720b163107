// The layout-shift page: one widget in a column of the width asked for, a block of text below it,
// and the cumulative layout shift the page sees from before the widget is put in until its data
// has been on screen for a while. `?widget=<name>&width=<px>`; persistence is on, so a reload of
// the same context is a revisit. The widgets' data answers 400 ms late (the bench routes it).
import { configure } from '../../src/core/config.ts';
import '../../src/elements/clock/define.ts';
import '../../src/elements/currency-converter/define.ts';
import '../../src/elements/currency-table/define.ts';
import '../../src/elements/headline-ticker/define.ts';
import '../../src/elements/member-states/define.ts';
import '../../src/elements/rate-chart/define.ts';
import { WIDGETS } from './layout-shift-widgets.mjs';
import { observeLayoutShift } from './observe-layout-shift.mjs';

const params = new window.URLSearchParams(window.location.search);
const markup = WIDGETS[params.get('widget')];
const bench = observeLayoutShift();

configure({ persist: true, retries: 0 });

const heading = document.createElement('h1');
heading.textContent = 'A page with one widget';
const column = document.createElement('div');
column.style.width = `${Number(params.get('width')) || 360}px`;
column.innerHTML = markup;
const below = document.createElement('p');
below.textContent = 'The page goes on below the widget. '.repeat(40);
document.body.append(heading, column, below);

const widget = column.firstElementChild;
// Widgets with data (those with `refresh()`) are done when it is shown or failed; the others at once.
const settled = () => typeof widget.refresh !== 'function' || ['ready', 'error'].includes(widget.getAttribute('state'));
const wait = (ms) => new Promise((done) => setTimeout(done, ms));
(async () => {
  while (!settled()) await wait(20);
  // Let the data's frame be laid out and reported, then a little longer for anything that follows it.
  await new Promise((done) => window.requestAnimationFrame(() => window.requestAnimationFrame(done)));
  await wait(500);
  bench.state = widget.getAttribute('state') ?? 'ready';
  bench.done = true;
})();
window.benchReady = true;
