import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHistoryAs } from '../../../src/data/parsers/lazy.js';
import { layout } from '../../../src/elements/rate-chart/chart-geometry.js';

const text = readFileSync(new URL('../../fixtures/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml', import.meta.url), 'latin1');
const series = await parseHistoryAs('cbr', text, 'CNY');
const values = series.points.map((p) => p.perUnit);
const box = { width: 400, height: 200, fontSize: 16 };

describe('the chart layout (chart-geometry.ts)', () => {
  it('left to right: records in date order from left to right, inside the plot, the higher rate higher up', () => {
    const plot = layout(series, values, box, false, 'en');
    assert.equal(plot.xs.length, 4);
    assert.deepEqual(
      [...plot.xs].sort((a, b) => a - b),
      plot.xs,
    );
    assert.equal(plot.xs[0], plot.left + 5);
    assert.equal(plot.xs.at(-1), plot.right - 5);
    for (const y of plot.ys) assert.ok(y >= plot.top && y <= plot.bottom, String(y));
    const [low, high] = [values.indexOf(Math.min(...values)), values.indexOf(Math.max(...values))];
    assert.ok(plot.ys[high] < plot.ys[low]);
    assert.ok(plot.yTicks.every((tick) => tick.x < plot.left));
    assert.ok(plot.markers, 'four records in 400 px leave room to mark each');
    assert.match(plot.line, /^M/);
  });

  it('right to left: the same records mirrored, the value labels on the right', () => {
    const plot = layout(series, values, box, true, 'fa');
    assert.deepEqual(
      [...plot.xs].sort((a, b) => b - a),
      plot.xs,
    );
    assert.equal(plot.xs[0], plot.right - 5);
    assert.ok(plot.yTicks.every((tick) => tick.x > plot.right));
  });

  it('keeps every date label whole inside the box, and labels days for a week of records', () => {
    for (const width of [160, 240, 400]) {
      const plot = layout(series, values, { width, height: 160, fontSize: 16 }, false, 'ru');
      assert.ok(plot.xTicks.length >= 1, String(width));
      for (const tick of plot.xTicks) {
        const half = (tick.text.length * 16 * 0.75 * 0.62) / 2;
        assert.ok(tick.x - half >= 0 && tick.x + half <= width, `${tick.text} at ${tick.x} in ${width} px`);
      }
    }
    const plot = layout(series, values, box, false, 'ru');
    assert.ok(
      plot.xTicks.some((tick) => /авг|сент/.test(tick.text)),
      plot.xTicks.map((t) => t.text).join(', '),
    );
  });
});
