import { cp1252ForC1 } from './cp1252.js';
import type { References } from './references.js';

/**
 * Feed text → plain text, by each format's own rule for what a field holds:
 *
 * - **text** (Atom `type="text"`, the default): the characters as XML wrote them. "History of the
 *   &lt;blink&gt; tag" is about a tag, not one.
 * - **xhtml** (Atom `type="xhtml"`): markup whose text nodes are the content.
 * - **html** (Atom `type="html"`, JSON Feed `content_html`): escaped HTML; its text is what a
 *   browser would show.
 * - **mixed** (RSS titles and descriptions, JSON Feed titles and summaries): plain text that may carry
 *   HTML. As the reference readers do, a field is read as HTML when it holds real markup (a known
 *   element, a tag with attributes, a comment); otherwise tag-like words such as `<gorilla>` or
 *   `<<<Tutorial>>>` are the author's text.
 *
 * Whatever the kind, what comes out holds no markup: after the format's own decoding, every tag that
 * is an HTML element, carries attributes or is a comment or declaration is removed, and removing one
 * never joins the text around it into a new tag. What may remain are angle brackets that cannot
 * start a tag and bare start-tag-like words of no HTML element. Every scanner is linear in its input.
 */
export type TextKind = 'text' | 'xhtml' | 'html' | 'mixed';

/** Markup beyond this is not read: a title or summary is shown in a line or two. */
const MAX_MARKUP_LENGTH = 100_000;

/** Plain text of a raw XML text construct of the given kind. */
export function xmlTextOf(raw: string, kind: TextKind, references: References): string {
  const markup = capped(raw);
  if (kind === 'text' || kind === 'xhtml') return finish(xmlCharacters(markup, references, 'drop'));
  return htmlToText(xmlCharacters(markup, references, 'keep'), kind, references);
}

/** Trimmed text of an ordinary element (`link`, `guid`, `pubDate`, `id`): child tags dropped. */
export function xmlValueOf(raw: string, references: References): string {
  return xmlCharacters(capped(raw), references, 'drop').trim();
}

/** Plain text of an HTML (or HTML-ish) string: no markup, references decoded, whitespace collapsed. */
export function htmlToText(html: string, kind: 'html' | 'mixed', references: References): string {
  const source = capped(html);
  let first = removeMarkup(source, kind === 'html');
  // A field with real markup is HTML through and through: its tag-like words are tags too.
  if (first.keptTags && first.removedMarkup) first = removeMarkup(source, true);
  return finish(references.decodeHtml(first.text));
}

/** Controls out, then markup that the decoding revealed (double escapes, joins), then whitespace. */
function finish(text: string): string {
  return removeMarkup(withoutUnwantedChars(text), false).text.replace(/\s+/g, ' ').trim();
}

function capped(text: string): string {
  return text.length > MAX_MARKUP_LENGTH ? text.slice(0, MAX_MARKUP_LENGTH) : text;
}

/**
 * The characters of raw XML content: CDATA sections verbatim, references decoded, comments and
 * processing instructions dropped; child elements kept as markup (for the HTML layer) or dropped
 * (their text stays, with a space where a block element ends a line). A construct left open at the
 * end (a cut-short element) runs to the end.
 */
function xmlCharacters(raw: string, references: References, tags: 'keep' | 'drop'): string {
  if (!raw.includes('<')) return references.decode(raw);
  let out = '';
  let i = 0;
  let lower: string | undefined;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) {
      out += references.decode(raw.slice(i));
      break;
    }
    out += references.decode(raw.slice(i, lt));
    if (raw.startsWith('<![CDATA[', lt)) {
      const close = indexOrEnd(raw, ']]>', lt + 9);
      out += raw.slice(lt + 9, close);
      i = close + 3;
    } else if (raw.startsWith('<!--', lt)) {
      i = indexOrEnd(raw, '-->', lt + 4) + 3;
    } else if (raw.startsWith('<?', lt)) {
      i = indexOrEnd(raw, '?>', lt + 2) + 2;
    } else {
      const gt = tagEnd(raw, lt + 1);
      i = gt < 0 ? raw.length : gt + 1;
      if (tags === 'keep') {
        out += raw.slice(lt, i);
        continue;
      }
      const closing = raw.charAt(lt + 1) === '/';
      const name = localName(tagName(raw, lt + (closing ? 2 : 1)));
      if (BLOCK_ELEMENTS.has(name)) out += ' ';
      // An xhtml `<script>` holds code, not text: dropped with its content.
      if (!closing && HIDDEN_CONTENT_ELEMENTS.has(name) && raw.charAt(i - 2) !== '/') {
        const after = endOfElement((lower ??= asciiLowerCase(raw)), tagName(lower, lt + 1), i);
        i = after < 0 ? raw.length : after;
      }
    }
  }
  return out;
}

/** `xhtml:P` → `p`: the element's name without a prefix, in lower case. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/**
 * The HTML elements a browser knows (and the SVG and MathML roots, which switch the parser's rules).
 * A tag of one of these is markup in any field; `<blink>` or `<gorilla>` are not elements a browser
 * knows (it makes an inert HTMLUnknownElement of them).
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite ' +
    'code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption ' +
    'figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins ' +
    'kbd label legend li link main map mark math menu meta meter nav noembed noframes noscript object ol ' +
    'optgroup option output p param picture plaintext pre progress q rp rt ruby s samp script search section ' +
    'select slot small source span strong style sub summary sup svg table tbody td template textarea tfoot ' +
    'th thead time title tr track u ul var video wbr ' +
    // obsolete, but still parsed as elements of their own
    'acronym applet basefont bgsound big center dir font keygen listing marquee menuitem nobr rb rtc strike tt xmp'
  ).split(' '),
);
/** Elements whose boundaries separate words: without a space, `<p>a</p><p>b</p>` would read "ab". */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header ' +
    'hr img li main nav ol p pre section table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** Elements whose content is not text a reader sees: dropped along with their tags. */
const HIDDEN_CONTENT_ELEMENTS = new Set(['script', 'style', 'template']);

interface Stripped {
  text: string;
  /** A comment, declaration or tag that is markup was removed. */
  removedMarkup: boolean;
  /** A start-tag-like word of no HTML element was kept as text. */
  keptTags: boolean;
}

/**
 * Removes markup in one pass, following the HTML tokenizer where it matters for safety: `>` inside a
 * quoted attribute value does not end a tag, a tag left open at the end is dropped with the rest,
 * and a `<` not followed by a letter, `/`, `!` or `?` is text. With `allTags`, every tag is removed
 * (HTML proper); otherwise bare start tags of no HTML element (`<gorilla>`) are kept as text — an end
 * tag (`</blink>`) is markup whatever its name. Where a
 * removal would leave a `<` right before a letter, a space keeps them from reading as a tag.
 */
function removeMarkup(html: string, allTags: boolean): Stripped {
  const result: Stripped = { text: html, removedMarkup: false, keptTags: false };
  if (!html.includes('<')) return result;
  let out = '';
  let i = 0;
  let lower: string | undefined;
  const removed = (next: number) => {
    result.removedMarkup = true;
    i = next;
    if (out.endsWith('<') && startsTag(html, i)) out += ' ';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (!startsTag(html, lt + 1)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const next = html.charAt(lt + 1);
    if (next === '!' || next === '?') {
      const comment = html.startsWith('!--', lt + 1);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) {
        result.removedMarkup = true;
        break;
      }
      removed(end + (comment ? 3 : 1));
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    if (closing && !isAsciiLetter(html.charCodeAt(nameStart))) {
      // `</` + non-letter is a bogus comment in HTML: markup up to the next `>`.
      const end = html.indexOf('>', nameStart);
      if (end < 0) {
        result.removedMarkup = true;
        break;
      }
      removed(end + 1);
      continue;
    }
    const end = tagEnd(html, nameStart);
    if (end < 0) {
      result.removedMarkup = true;
      break;
    }
    const writtenName = tagName(html, nameStart);
    const name = writtenName.toLowerCase();
    const bare = /^\s*\/?$/.test(html.slice(nameStart + writtenName.length, end));
    if (!allTags && !closing && bare && !HTML_ELEMENTS.has(name) && /^[a-z][a-z\d]*$/.test(name)) {
      result.keptTags = true;
      out += html.slice(lt, end + 1);
      i = end + 1;
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) out += ' ';
    // `<script/>` still opens a script in HTML, so its content is dropped too.
    if (!closing && HIDDEN_CONTENT_ELEMENTS.has(name)) {
      const after = endOfElement((lower ??= asciiLowerCase(html)), name, end + 1);
      if (after < 0) {
        result.removedMarkup = true;
        break;
      }
      out += ' ';
      removed(after);
      continue;
    }
    removed(end + 1);
  }
  result.text = out;
  return result;
}

/** Whether the character at `at` makes a preceding `<` the start of a tag, comment or declaration. */
function startsTag(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch === '/' || ch === '!' || ch === '?' || isAsciiLetter(ch.charCodeAt(0));
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const TAG_NAME = /[^\s/>]*/y;

function tagName(text: string, start: number): string {
  TAG_NAME.lastIndex = start;
  return TAG_NAME.exec(text)![0];
}

/** Index of the `>` that closes the tag starting at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let j = from;
  while (j < html.length) {
    const ch = html.charAt(j);
    if (ch === '>') return j;
    if (ch === '=') {
      j++;
      while (j < html.length && /\s/.test(html.charAt(j))) j++;
      const quote = html.charAt(j);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close < 0) return -1;
        j = close + 1;
      }
      continue;
    }
    j++;
  }
  return -1;
}

/** Lower case for ASCII letters only, so indexes stay those of the original (`İ` would grow). */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Index just past `</name …>` at or after `from`, or -1 when the element never ends. */
function endOfElement(lower: string, name: string, from: number): number {
  let k = from;
  for (;;) {
    const at = lower.indexOf('</' + name, k);
    if (at < 0) return -1;
    const after = lower.charAt(at + 2 + name.length);
    if (after === '>' || after === '/' || /\s/.test(after)) {
      const end = lower.indexOf('>', at);
      return end < 0 ? -1 : end + 1;
    }
    k = at + 2;
  }
}

/**
 * Characters that never belong in a headline: C0 controls, C1 controls (read as the Windows-1252
 * characters their publishers meant, as HTML does), bidi embeddings and overrides that could
 * reorder the text around the headline, non-characters, and lone surrogates (→ U+FFFD).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWANTED_CHARS = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
/** A surrogate pair, or a lone surrogate (no lookbehind: Safari before 16.4 rejects it at load). */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

function withoutUnwantedChars(text: string): string {
  return text
    .replace(UNWANTED_CHARS, (ch) => {
      const code = ch.charCodeAt(0);
      return code >= 0x80 && code <= 0x9f ? cp1252ForC1(code) : '';
    })
    .replace(SURROGATES, (s) => (s.length === 2 ? s : '\uFFFD'));
}

/**
 * Shortens text to at most `max` characters, at a word boundary when one is near, with an ellipsis.
 * Never splits a surrogate pair, nor leaves half a tag-like word (`<gori…`) behind.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const open = cut.lastIndexOf('<');
  if (open >= 0 && startsTag(cut, open + 1) && !cut.includes('>', open)) cut = cut.slice(0, open);
  let end = cut.length;
  while (end > 0 && /[\s,.;:\u2013\u2014-]/.test(cut[end - 1]!)) end--;
  return cut.slice(0, end) + '\u2026';
}
