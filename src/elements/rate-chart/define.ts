import { ScoRateChart } from './sco-rate-chart.js';

if (!customElements.get('sco-rate-chart')) customElements.define('sco-rate-chart', ScoRateChart);

export { ScoRateChart };
