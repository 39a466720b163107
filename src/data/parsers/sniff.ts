/**
 * Which rates format a document is, from its first bytes alone. Kept free of any parser so that
 * a caller can sniff first and `import()` only the parser it needs (the XML ones pull in
 * fast-xml-parser); `detect.ts` is the synchronous all-in-one.
 */

/** Daily-sheet formats; each names the source whose documents it reads. */
export type RatesFormat = 'cbr' | 'cbr-json' | 'ecb' | 'nbk' | 'nbkr' | 'cbu' | 'nbrb';
/** History formats. */
export type HistoryFormat = 'cbr' | 'ecb';

/** What a document looks like on the outside. */
type Shape = { kind: 'xml'; root: string } | { kind: 'json' } | { kind: 'html' } | { kind: 'empty' } | { kind: 'text' };

interface Rule<F> {
  format: F;
  /** The root element's local name, for XML formats. */
  root?: string;
  /** A pattern the head of the document must contain (any format). */
  contains?: RegExp;
  json?: true;
}

/** One line per format; the first match wins. */
const RATES_RULES: readonly Rule<RatesFormat>[] = [
  { format: 'cbr', root: 'ValCurs' },
  { format: 'ecb', root: 'Envelope', contains: /eurofxref/ },
  { format: 'cbr-json', json: true, contains: /"Valute"\s*:\s*\{/ },
  { format: 'nbk', root: 'rss', contains: /<quant>/ },
  { format: 'nbkr', root: 'CurrencyRates' },
  { format: 'cbu', json: true, contains: /"Ccy"\s*:/ },
  { format: 'nbrb', json: true, contains: /"Cur_Abbreviation"\s*:/ },
];

const HISTORY_RULES: readonly Rule<HistoryFormat>[] = [
  { format: 'cbr', root: 'ValCurs' },
  { format: 'ecb', root: 'Envelope', contains: /eurofxref/ },
];

/** How much of a document sniffing looks at: enough for any prolog, root and first entry. */
const HEAD = 4096;

export function sniffRates(text: string): RatesFormat | undefined {
  return sniff(text, RATES_RULES);
}

export function sniffHistory(text: string): HistoryFormat | undefined {
  return sniff(text, HISTORY_RULES);
}

function sniff<F>(text: string, rules: readonly Rule<F>[]): F | undefined {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, HEAD);
  const shape = shapeOf(head);
  return rules.find(
    (rule) =>
      (rule.root ? shape.kind === 'xml' && shape.root === rule.root : true) &&
      (rule.json ? shape.kind === 'json' : true) &&
      (rule.contains ? rule.contains.test(head) : true),
  )?.format;
}

function shapeOf(head: string): Shape {
  if (head.trim() === '') return { kind: 'empty' };
  if (/^[[{]/.test(head)) return { kind: 'json' };
  if (/^<!DOCTYPE\s+html[\s>]/i.test(afterComments(head)) || /^<html[\s>]/i.test(head)) return { kind: 'html' };
  if (!head.startsWith('<')) return { kind: 'text' };
  // Skip the prolog, comments and a DOCTYPE (whose internal subset only holds `<!…>` and `<?…?>`).
  const root = /<([A-Z_][\w.-]*)(?::([\w.-]+))?[\s/>]/i.exec(head.replace(/<!--[\s\S]*?(-->|$)/g, ''));
  if (!root) return { kind: 'text' };
  const local = root[2] ?? root[1];
  return local.toLowerCase() === 'html' ? { kind: 'html' } : { kind: 'xml', root: local };
}

/** The text after any leading comments and the space between them, found in one pass. */
function afterComments(head: string): string {
  let at = 0;
  while (head.startsWith('<!--', at)) {
    const end = head.indexOf('-->', at + 4);
    if (end < 0) return '';
    at = end + 3;
    while (at < head.length && /\s/.test(head[at])) at++;
  }
  return head.slice(at);
}

/** Documents people point a rates widget at by mistake, by their root element. */
const NOT_RATES: ReadonlyMap<string, string> = new Map([
  ['Valuta', "it is the Bank of Russia's currency catalogue (XML_val), which holds no rates"],
  ['rss', 'it is an RSS feed'],
  ['feed', 'it is an Atom feed'],
]);

/** A few words on what a document is, for the error that says it is not a rates document. */
export function describeDocument(text: string): string {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, HEAD);
  const shape = shapeOf(head);
  switch (shape.kind) {
    case 'empty':
      return 'the document is empty';
    case 'html':
      return 'it is an HTML page';
    case 'json':
      return 'it is JSON of an unknown shape';
    case 'xml':
      return NOT_RATES.get(shape.root) ?? `it is XML with the root element <${shape.root}>`;
    case 'text': {
      const start = head.slice(0, 40).replace(/\s+/g, ' ');
      return `it starts with "${start}${head.length > 40 ? '…' : ''}"`;
    }
  }
}
