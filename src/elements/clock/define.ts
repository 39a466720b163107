import { ScoCapitalClocks } from './sco-capital-clocks.js';
import { ScoClock } from './sco-clock.js';

if (!customElements.get('sco-clock')) customElements.define('sco-clock', ScoClock);
if (!customElements.get('sco-capital-clocks')) customElements.define('sco-capital-clocks', ScoCapitalClocks);

export { ScoCapitalClocks, ScoClock };
