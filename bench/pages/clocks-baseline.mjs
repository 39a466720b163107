// The naive clocks the widget is measured against: each clock its own setInterval(1000) that
// builds a luxon DateTime per tick and writes the time as text.
import { DateTime } from 'luxon';
import { ZONES } from './zones.mjs';

window.bench = {
  start(count) {
    const box = document.createElement('div');
    for (let i = 0; i < count; i++) {
      const zone = ZONES[i % ZONES.length];
      const clock = document.createElement('div');
      const time = document.createElement('time');
      const city = document.createElement('span');
      city.textContent = zone.split('/').pop().replace(/_/g, ' ');
      clock.append(time, city);
      box.append(clock);
      const tick = () => {
        time.textContent = DateTime.now().setZone(zone).toFormat('HH:mm:ss');
      };
      tick();
      window.setInterval(tick, 1000);
    }
    document.body.append(box);
    return box.children.length;
  },
};
window.benchReady = true;
