// A developer's React 19 app, written as the README tells: one import per widget, then the tags in
// JSX. `data` reaches the element as a property, `onsco-load` as a listener for `sco-load`.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'sco-widgets/currency-table';
import 'sco-widgets/clock';
import 'sco-widgets/headline-ticker';
import 'sco-widgets/member-states';

const rate = (code, name, nominal, value) => ({ code, name, nominal, value, perUnit: value / nominal });

const sheet = {
  source: 'app',
  base: 'RUB',
  date: '2022-02-03',
  rates: [rate('CNY', 'Chinese yuan', 1, 11.9353), rate('KZT', 'Kazakhstani tenge', 100, 17.6133), rate('INR', 'Indian rupee', 10, 10.1532)],
};

const feed = {
  title: 'Newsroom',
  items: [
    { id: '1', title: 'Summit opens in Astana', url: 'https://example.org/1' },
    { id: '2', title: 'Ministers meet in Tianjin', url: 'https://example.org/2' },
  ],
};

function App() {
  const [currencies, setCurrencies] = useState('CNY,KZT');
  const [loaded, setLoaded] = useState('');
  return (
    <main>
      <h1>Rates</h1>
      <button id="more" onClick={() => setCurrencies('CNY,KZT,INR')}>
        Add the rupee
      </button>
      <output id="loaded">{loaded}</output>
      <sco-currency-table data={sheet} currencies={currencies} show-change onsco-load={(event) => setLoaded(event.detail.date)} />
      <sco-clock zone="Asia/Shanghai" label="Beijing" />
      <sco-headline-ticker data={feed} mode="list" />
      <sco-member-states group="members" />
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
