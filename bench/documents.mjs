// Documents the parsing bench generates in the formats of the fixtures: a ten-year Bank of Russia
// `XML_dynamic` series (like test/fixtures/cbr/XML_dynamic_CNY_*.raw.xml) and a 500-item RSS 2.0
// feed (like test/fixtures/portal/headlines.rss). Deterministic: the same text on every run.

const pad = (n) => String(n).padStart(2, '0');

/** A small linear congruential generator, so the rates wander the same way every time. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * CNY (`R01375`) against the ruble, one record per day the bank set a rate (Tuesday to Saturday,
 * as its dates read), from `from` for `years` years: about 2,600 records for ten years.
 */
export function dynamicSeries(years = 10, from = '2015-09-01') {
  const next = random(156);
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  const dotted = (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const records = [];
  let value = 10;
  for (const day = new Date(start); day < end; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 1) continue;
    value = Math.max(5, value * (1 + (next() - 0.5) * 0.02));
    records.push(`<Record Date="${dotted(day)}" Id="R01375"><Nominal>1</Nominal><Value>${value.toFixed(4).replace('.', ',')}</Value></Record>`);
  }
  const last = new Date(end);
  last.setUTCDate(last.getUTCDate() - 1);
  return {
    records: records.length,
    text: `<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01375" DateRange1="${dotted(start)}" DateRange2="${dotted(last)}" name="Foreign Currency Market Dynamic">${records.join('')}</ValCurs>`,
  };
}

const WORDS = [
  'SCO',
  'Secretary-General',
  'meets',
  'Ambassador',
  'of',
  'Kazakhstan',
  'to',
  'China',
  'on',
  'trade',
  'energy',
  '&amp;',
  'security',
  'cooperation',
  'summit',
  'in',
  'Tianjin',
  'Foreign',
  'Ministers',
  'Council',
];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RSS 2.0 feed of `count` items: title, link, guid and RFC 822 pubDate each, newest first. */
export function rssFeed(count = 500) {
  const newest = Date.UTC(2025, 11, 13, 11, 10);
  const items = Array.from({ length: count }, (_, i) => {
    const d = new Date(newest - i * 53 * 60_000);
    const date = `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00 GMT`;
    const title = Array.from({ length: 6 + (i % 8) }, (_, w) => WORDS[(i * 7 + w * 5) % WORDS.length]).join(' ');
    return `<item><title>${title}</title><link>https://example.org/sco/news/${i + 1}</link><guid isPermaLink="false">sco-bench-${i + 1}</guid><pubDate>${date}</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>SCO news (bench)</title>
<link>https://example.org/sco/</link>
<description>Generated headlines in the form of test/fixtures/portal/headlines.rss.</description>
<language>en</language>
${items.join('\n')}
</channel>
</rss>
`;
}
