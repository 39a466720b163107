import { ScoCurrencyConverter } from './sco-currency-converter.js';

if (!customElements.get('sco-currency-converter')) customElements.define('sco-currency-converter', ScoCurrencyConverter);

export { ScoCurrencyConverter };
