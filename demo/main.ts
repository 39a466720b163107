import { configure } from '../src/core/config.js';
import { dateTimeFormat } from '../src/core/intl-cache.js';
import type { RateSheet } from '../src/data/types.js';
import { scriptDirection } from '../src/core/locale.js';
import { format } from '../src/i18n/catalog.js';
import { LANGUAGES, type Language } from '../src/core/languages.js';
import { requestLanguage } from '../src/i18n/translations.js';
import { isOffline, proxyFromAddress, useProxy } from './demo-data.js';
import { ownName, words, type PageWord } from './words.js';

configure({ persist: true });
const liveProxy = proxyFromAddress();
useProxy(liveProxy);

const switches = document.querySelector<HTMLFormElement>('#switches')!;
const languageSwitch = switches.elements.namedItem('lang') as HTMLSelectElement;

// The page is written with English alone in the switch, so it reads right before this script runs.
languageSwitch.replaceChildren(
  ...LANGUAGES.map((lang) => {
    const option = new Option(ownName(lang), lang, false, lang === document.documentElement.lang);
    option.lang = lang;
    option.dir = scriptDirection(lang);
    return option;
  }),
);

const recordedNote = document.querySelector<HTMLElement>('#recorded-day')!;
let shownSheetDate = '';

function showRecordedDay(): void {
  if (!isOffline(liveProxy) || !shownSheetDate) return;
  const lang = document.documentElement.lang as Language;
  // The library's formatter: in a language the browser has no data for, the date in that language's numbers.
  const day = dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${shownSheetDate}T00:00:00Z`));
  recordedNote.textContent = format(words[lang].recordedDay, { day });
  recordedNote.hidden = false;
}

document.querySelector<HTMLElement>('#rates')!.addEventListener('sco-load', (event) => {
  shownSheetDate = (event.detail as RateSheet).date;
  showRecordedDay();
});

switches.addEventListener('change', () => {
  const lang = languageSwitch.value as Language;
  const theme = (switches.elements.namedItem('theme') as HTMLSelectElement).value;
  document.documentElement.lang = lang;
  document.documentElement.dir = scriptDirection(lang);
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = words[lang][el.dataset.i18n as PageWord];
  // After the language's file, if it has one: a date the browser cannot write in the language is
  // then written in its numbers rather than in English.
  void requestLanguage(lang).then(showRecordedDay);
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

// The widgets are defined last: their first requests go through the data path set above, and the
// switches already listen. (Importing src/index.ts would not do in a build: package.json's
// `sideEffects` marks it side-effect free, and the bundler would drop the definitions.)
await Promise.all(Object.values(import.meta.glob('../src/elements/*/define.ts')).map((define) => define()));
