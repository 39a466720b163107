import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { after, now, onTimeSourceChange, setClock } from '../../src/core/time.js';
import { todayIso } from '../../src/core/dates.js';
import { statesIn } from '../../src/sco/states.js';
import { manualClock, runningFrom } from '../helpers/manual-clock.js';

afterEach(() => setClock());

test("today's SCO members follow the library's time source, not the machine's", () => {
  setClock({ now: () => new Date(2016, 5, 1, 12).getTime() });
  assert.equal(todayIso(), '2016-06-01');
  assert.deepEqual(
    statesIn('members')
      .map((state) => state.code)
      .sort(),
    ['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ'],
  );
  setClock({ now: () => new Date(2026, 0, 15, 12).getTime() });
  assert.ok(statesIn('members').some((state) => state.code === 'IN'));
});

test('a clock given only `now` keeps real timers; with no argument the system clock is back', async () => {
  setClock({ now: () => 0 });
  assert.equal(now(), 0);
  await new Promise<void>((resolve) => after(5, resolve));
  assert.equal(now(), 0);
  setClock();
  assert.ok(Math.abs(now() - Date.now()) < 1000);
});

test('timers run on the clock that is set: an hour passes in a moment', async () => {
  const clock = manualClock(0);
  setClock(clock);
  const fired: number[] = [];
  after(60 * 60 * 1000, () => fired.push(now()));
  const cancel = after(30 * 60 * 1000, () => fired.push(-1));
  cancel();
  await clock.advance(60 * 60 * 1000 - 1);
  assert.deepEqual(fired, []);
  await clock.advance(1);
  assert.deepEqual(fired, [60 * 60 * 1000]);
});

test('a clock that runs from a pinned instant runs at the real pace', async () => {
  const instant = Date.parse('2025-12-13T12:00:00Z');
  setClock(runningFrom(instant));
  const first = now();
  assert.ok(first >= instant && first < instant + 1000);
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.ok(now() >= first + 20);
});

test('whoever shows the time hears of a new clock', () => {
  let heard = 0;
  onTimeSourceChange(() => heard++);
  setClock({ now: () => 1 });
  setClock();
  assert.equal(heard, 2);
});
