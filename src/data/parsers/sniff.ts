/**
 * Which bank's documents a text looks like, from its first bytes alone. Only a page that reads a
 * document of unknown format (`src=`, a chart's history at a URL) loads this module; the rules are
 * the banks' own (`Bank.recognise`). It imports nothing: no parser, so that a caller can sniff first
 * and `import()` only the parser it needs (the XML ones pull in fast-xml-parser), and not the list
 * of banks, which the caller passes (a module imported on demand that imported the list would split
 * it from the page's other code).
 * `detect.ts` is the synchronous all-in-one.
 */

/**
 * How a bank's documents are told from others (`Bank.recognise`): XML by its root element's local
 * name, JSON by a pattern; and a pattern the head contains where the root element does not tell
 * them apart.
 */
export interface Rule {
  readonly root?: string;
  readonly pattern?: RegExp;
}

/** What a document looks like on the outside. */
type Shape = { kind: 'xml'; root: string } | { kind: 'json' } | { kind: 'html' } | { kind: 'empty' } | { kind: 'text' };

/** How much of a document sniffing looks at: enough for any prolog, root and first entry. */
const HEAD = 4096;

const headOf = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, HEAD);

/** The first of `banks` whose documents look like `text`. */
export function recognise<B extends { readonly recognise: Rule }>(text: string, banks: readonly B[]): B | undefined {
  const head = headOf(text);
  const shape = shapeOf(head);
  return banks.find(({ recognise: { root, pattern } }) => {
    return (root ? shape.kind === 'xml' && shape.root === root : shape.kind === 'json') && (pattern?.test(head) ?? true);
  });
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
  const head = headOf(text);
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
