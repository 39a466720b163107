// The ticker the widget is measured against: the same two copies of 50 headlines, moved by
// writing `left` from requestAnimationFrame at the same 60 px/s.
import { countFrames } from './frames.mjs';
import { headlines } from './headlines.mjs';

const SPEED = 60;

window.bench = {
  start(count) {
    const viewport = document.createElement('div');
    viewport.style.cssText = 'overflow:hidden;white-space:nowrap;position:relative;font:14px sans-serif';
    const track = document.createElement('div');
    track.style.cssText = 'position:relative;display:inline-flex';
    const copy = () => {
      const list = document.createElement('ul');
      list.style.cssText = 'display:flex;gap:2.5em;margin:0;padding:0 1.25em;list-style:none';
      for (const h of headlines(count)) {
        const item = document.createElement('li');
        const time = document.createElement('time');
        time.dateTime = h.published;
        time.textContent = h.published.slice(0, 16).replace('T', ' ');
        const link = document.createElement('a');
        link.href = h.url;
        link.textContent = h.title;
        item.append(time, ' ', link);
        list.append(item);
      }
      return list;
    };
    track.append(copy(), copy());
    viewport.append(track);
    document.body.append(viewport);
    const width = track.firstElementChild.getBoundingClientRect().width;
    let x = 0;
    let last = window.performance.now();
    const move = (now) => {
      x -= ((now - last) / 1000) * SPEED;
      last = now;
      if (x <= -width) x += width;
      track.style.left = `${x}px`;
      window.requestAnimationFrame(move);
    };
    window.requestAnimationFrame(move);
    countFrames();
    return track.firstElementChild.children.length;
  },
};
window.benchReady = true;
