// The baseline the project's parsers are measured against: the browser's own DOMParser, extracting
// the same fields into the same shapes (RateSheet, RateSeries, Feed). Written for the bench only:
// it checks little (no entity or markup cleaning of titles, no link safety, no zone handling of
// dates), so it is a floor for what parsing these documents can cost, not a replacement.

function xml(text) {
  const doc = new window.DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('Not well-formed XML');
  return doc;
}

const child = (el, name) => el.getElementsByTagName(name)[0]?.textContent.trim() ?? '';
const number = (s) => Number(s.replace(',', '.'));
const isoDate = (dotted) => dotted.split('.').reverse().join('-');

/** Bank of Russia XML_daily → RateSheet. */
export function domRates(text) {
  const root = xml(text).documentElement;
  const rates = [...root.getElementsByTagName('Valute')].map((v) => {
    const nominal = number(child(v, 'Nominal'));
    const value = number(child(v, 'Value'));
    const unit = child(v, 'VunitRate');
    return { code: child(v, 'CharCode'), numCode: child(v, 'NumCode'), name: child(v, 'Name'), nominal, value, perUnit: unit ? number(unit) : value / nominal };
  });
  return { source: 'cbr', base: 'RUB', date: isoDate(root.getAttribute('Date')), rates };
}

/** Bank of Russia XML_dynamic → RateSeries of `code`. */
export function domHistory(text, code) {
  const root = xml(text).documentElement;
  const points = [...root.getElementsByTagName('Record')].map((r) => {
    const nominal = number(child(r, 'Nominal'));
    const value = number(child(r, 'Value'));
    return { date: isoDate(r.getAttribute('Date')), nominal, value, perUnit: value / nominal };
  });
  points.sort((a, b) => a.date.localeCompare(b.date));
  return { source: 'cbr', base: 'RUB', code, points };
}

/** RSS 2.0 → Feed. */
export function domFeed(text) {
  const channel = xml(text).getElementsByTagName('channel')[0];
  const items = [...channel.getElementsByTagName('item')].map((item) => {
    const url = child(item, 'link') || undefined;
    const date = child(item, 'pubDate');
    return { id: child(item, 'guid') || url, title: child(item, 'title'), url, published: date ? new Date(date).toISOString() : undefined };
  });
  const title = [...channel.children].find((c) => c.tagName === 'title')?.textContent.trim();
  const link = [...channel.children].find((c) => c.tagName === 'link')?.textContent.trim();
  return { title, url: link, items };
}
