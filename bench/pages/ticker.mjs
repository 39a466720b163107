// The ticker page: one <sco-headline-ticker> scrolling 50 headlines, and a frame counter.
import '../../src/elements/headline-ticker/define.ts';
import { countFrames } from './frames.mjs';
import { headlines } from './headlines.mjs';

window.bench = {
  async start(count) {
    const ticker = document.createElement('sco-headline-ticker');
    ticker.limit = count;
    ticker.data = { title: 'bench', items: headlines(count) };
    document.body.append(ticker);
    await ticker.updateComplete;
    // The animation starts once a ResizeObserver has measured one copy of the headlines.
    while (!ticker.shadowRoot.getAnimations().some((a) => a.playState === 'running')) await new Promise((done) => window.requestAnimationFrame(done));
    countFrames();
    return ticker.shadowRoot.querySelectorAll('.copy')[0].children.length;
  },
};
window.benchReady = true;
