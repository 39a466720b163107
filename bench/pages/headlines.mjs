// Made-up headlines for the ticker pages: `count` items, newest first, a few minutes apart.
const WORDS = [
  'SCO',
  'ministers',
  'meet',
  'in',
  'Tianjin',
  'on',
  'trade',
  'and',
  'energy',
  'security',
  'talks',
  'continue',
  'summit',
  'agenda',
  'rail',
  'corridor',
];

export function headlines(count) {
  const newest = Date.UTC(2025, 11, 13, 12, 0);
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    title: `${i + 1}. ${Array.from({ length: 5 + (i % 6) }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]).join(' ')}`,
    url: `https://example.org/sco/news/${i + 1}`,
    published: new Date(newest - i * 37 * 60_000).toISOString(),
  }));
}
