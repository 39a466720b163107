import { ScoHeadlineTicker } from './sco-headline-ticker.js';

if (!customElements.get('sco-headline-ticker')) customElements.define('sco-headline-ticker', ScoHeadlineTicker);

export { ScoHeadlineTicker };
