// The clocks page: `count` <sco-clock seconds> elements over the capitals' zones, all on the
// page's one clock timer.
import '../../src/elements/clock/define.ts';
import { ZONES } from './zones.mjs';

window.bench = {
  start(count) {
    const box = document.createElement('div');
    for (let i = 0; i < count; i++) {
      const clock = document.createElement('sco-clock');
      clock.setAttribute('zone', ZONES[i % ZONES.length]);
      clock.setAttribute('seconds', '');
      box.append(clock);
    }
    document.body.append(box);
    return Promise.all([...box.children].map((c) => c.updateComplete)).then(() => box.querySelectorAll('sco-clock').length);
  },
};
window.benchReady = true;
