// The chart baseline: the same ten-year series drawn the plainest way that does the same job — one
// SVG path and area built as a string, a marker moved to the nearest record on pointer moves, and
// the same visually hidden table of every record (in the accessibility tree, as the widget's is) —
// with no framework and no axis ticks.
import { parseRateHistory } from '../../src/data/parsers/detect.ts';
import { nextFrame, sweepFrames } from './sweep.mjs';

let series;
let box;

function draw(points, width, height) {
  const t0 = Date.parse(points[0].date);
  const t1 = Date.parse(points.at(-1).date);
  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (p) => ((Date.parse(p.date) - t0) / (t1 - t0)) * width;
  const y = (v) => height - ((v - lo) / (hi - lo)) * height;
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p).toFixed(1)},${y(p.value).toFixed(1)}`).join('');
  const rows = points.map((p) => `<tr><td>${p.date}</td><td>${p.value}</td></tr>`).join('');
  box.innerHTML = `<svg width="${width}" height="${height}"><path d="${line}L${width},${height}L0,${height}Z" fill="#dde8f4"></path><path d="${line}" fill="none" stroke="#0b5cad"></path><circle r="4" cx="-10" cy="-10" fill="#0b5cad"></circle></svg><p></p><div style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)"><table><tbody>${rows}</tbody></table></div>`;
  const svg = box.querySelector('svg');
  const marker = svg.querySelector('circle');
  const readout = box.querySelector('p');
  const times = points.map((p) => Date.parse(p.date));
  svg.addEventListener('pointermove', (event) => {
    const at = t0 + ((event.clientX - svg.getBoundingClientRect().left) / width) * (t1 - t0);
    let low = 0;
    let high = times.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (times[mid] < at) low = mid + 1;
      else high = mid;
    }
    marker.setAttribute('cx', x(points[low]));
    marker.setAttribute('cy', y(points[low].value));
    readout.textContent = `${points[low].date}: ${points[low].value}`;
  });
}

window.bench = {
  load(text) {
    series = parseRateHistory(text, 'CNY');
    return series.points.length;
  },
  async render() {
    box?.remove();
    box = document.createElement('div');
    document.body.append(box);
    const start = window.performance.now();
    draw(series.points, 960, 380);
    await nextFrame();
    return window.performance.now() - start;
  },
  sweep(steps) {
    return sweepFrames(box.querySelector('svg'), steps);
  },
};
window.benchReady = true;
