// node scripts/cldr-names.mjs <language>: the names a language file ships where browsers have no
// CLDR data for the language (see `IntlGaps` in src/i18n/catalog.ts), printed as TypeScript to
// paste into src/i18n/languages/<language>.ts. They come from the CLDR data in Node's full ICU (the version
// is printed with them): the names of every currency the built-in sources quote (the Bank of
// Russia's and the ECB's latest sheets among the test fixtures, and the SCO states' currencies)
// and of the SCO states and the currencies' countries.
import { readFileSync, readdirSync } from 'node:fs';

const language = process.argv[2];
if (!language) throw new Error('usage: node scripts/cldr-names.mjs <language>');

const newest = (dir, pattern) =>
  readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .at(-1);
const codesIn = (file, pattern) => [...readFileSync(file, 'latin1').matchAll(pattern)].map((m) => m[1]);
const currencies = new Set([
  ...codesIn(`test/fixtures/cbr/${newest('test/fixtures/cbr', /^XML_daily_.*\.xml$/)}`, /<CharCode>([A-Z]{3})<\/CharCode>/g),
  ...codesIn(`test/fixtures/ecb/${newest('test/fixtures/ecb', /\.xml$/)}`, /currency=['"]([A-Z]{3})['"]/g),
  ...codesIn('src/sco/states.ts', /currency: '([A-Z]{3})'/g),
  'RUB',
]);
const regions = new Set(codesIn('src/sco/states.ts', /code: '([A-Z]{2})'/g));
const english = new Intl.DisplayNames(['en'], { type: 'region' });
for (const code of currencies) {
  const region = code.slice(0, 2);
  if (!code.startsWith('X') && region !== 'EU' && english.of(region) !== region) regions.add(region);
}

const names = (type, codes) => {
  const inLanguage = new Intl.DisplayNames([language], { type, fallback: 'none' });
  if (new Intl.DisplayNames([language], { type }).resolvedOptions().locale.split('-')[0] !== language) throw new Error(`Node's ICU has no ${language}`);
  return Object.fromEntries([...codes].sort().flatMap((code) => (inLanguage.of(code) ? [[code, inLanguage.of(code)]] : [])));
};
const body = (record) =>
  Object.entries(record)
    .map(([code, name]) => `    ${code}: ${JSON.stringify(name).replace(/^"|"$/g, "'")},`)
    .join('\n');
console.log(`// CLDR ${process.versions.cldr} (ICU ${process.versions.icu}), from \`node scripts/cldr-names.mjs ${language}\`.
export const names: IntlGaps['names'] = {
  region: {
${body(names('region', regions))}
  },
  currency: {
${body(names('currency', currencies))}
  },
};`);
