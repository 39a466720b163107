import { configure } from '../src/index.js';

// Every upstream document goes through the package's proxy, mounted on the demo server.
configure({ proxy: '/proxy?url={url}', persist: true });

const switches = document.querySelector<HTMLFormElement>('#switches')!;
const rtl = new Set(['fa']);

switches.addEventListener('change', () => {
  const lang = (switches.elements.namedItem('lang') as HTMLSelectElement).value;
  const theme = (switches.elements.namedItem('theme') as HTMLSelectElement).value;
  document.documentElement.lang = lang;
  document.documentElement.dir = rtl.has(lang) ? 'rtl' : 'ltr';
  document.documentElement.dataset.theme = theme;
  for (const widget of document.querySelectorAll('body *')) {
    if (!widget.localName.startsWith('sco-')) continue;
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
});

document.querySelector<HTMLSelectElement>('#rates-source')!.addEventListener('change', (event) => {
  const table = document.querySelector('#rates')!;
  const source = (event.target as HTMLSelectElement).value;
  table.setAttribute('source', source);
});
