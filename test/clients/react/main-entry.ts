// A bare import of the main entry registers every element; its exports stay usable.
import 'sco-widgets';
import { parseCbrJson, type ScoCurrencyConverter } from 'sco-widgets';

const converter = document.querySelector<ScoCurrencyConverter>('sco-currency-converter')!;
converter.data = parseCbrJson(
  '{"Date":"2022-02-03T11:30:00+03:00","Valute":{"CNY":{"NumCode":"156","CharCode":"CNY","Nominal":1,"Name":"Юань","Value":11.9353,"Previous":11.9566}}}',
);
