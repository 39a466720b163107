// A page that uses the data layer and a widget's type only: it must define no element.
import { parseCbrJson } from 'sco-widgets/data';
import type { ScoCurrencyTable } from 'sco-widgets/currency-table';

const sheet = parseCbrJson(
  '{"Date":"2022-02-03T11:30:00+03:00","Valute":{"CNY":{"NumCode":"156","CharCode":"CNY","Nominal":1,"Name":"Юань","Value":11.9353,"Previous":11.9566}}}',
);
const tables: ScoCurrencyTable[] = [...document.querySelectorAll<ScoCurrencyTable>('sco-currency-table')];
document.querySelector('#parsed')!.textContent = `${sheet.date}: ${sheet.rates.length} rate, ${tables.length} tables`;
