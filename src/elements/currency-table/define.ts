import { ScoCurrencyTable } from './sco-currency-table.js';

if (!customElements.get('sco-currency-table')) customElements.define('sco-currency-table', ScoCurrencyTable);

export { ScoCurrencyTable };
