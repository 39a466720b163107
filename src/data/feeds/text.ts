import { cp1252ForC1 } from './cp1252.js';
import type { References } from './references.js';

/**
 * Feed text → plain text, by each format's own rule for what a field holds:
 *
 * - **text** (Atom `type="text"`, the default; JSON Feed's `title`, `summary`, `content_text`):
 *   the characters as the format wrote them, references decoded once, every word kept. "History of
 *   the &lt;blink&gt; tag" is about a tag, not one.
 * - **xhtml** (Atom `type="xhtml"`): markup whose text nodes are the content; escaped markup in them
 *   (`&lt;p&gt;`) is text.
 * - **html** (Atom `type="html"`, RSS `content:encoded`, JSON Feed `content_html`): escaped HTML; its
 *   text is what a browser would show: tags removed, `<script>`/`<style>` with their content, and
 *   references decoded (so `&amp;lt;p&amp;gt;` in the feed is the text "<p>").
 * - **mixed** (RSS titles and descriptions): text that may carry HTML. A field is read as HTML when
 *   it holds markup — an end tag, a start tag with an attribute value, a comment, or a character
 *   reference once XML's are decoded — and is text otherwise, so "Use the &lt;dialog&gt; element"
 *   and "RSS &lt;&lt;&lt;Tutorial&gt;&gt;&gt;" keep every word.
 *
 * What comes out is text for a consumer to escape like any text: text kinds may hold `<`. Removing
 * HTML's tags never joins the text around them into a new tag. Every scanner is linear in its input.
 */
export type TextKind = 'text' | 'xhtml' | 'html' | 'mixed';

/** Markup beyond this is not read: a title or summary is shown in a line or two. */
const MAX_MARKUP_LENGTH = 100_000;

/** Plain text of a raw XML text construct of the given kind. */
export function xmlTextOf(raw: string, kind: TextKind, references: References): string {
  const markup = capped(raw);
  if (kind === 'text' || kind === 'xhtml') return plainText(xmlCharacters(markup, references, 'drop'));
  const html = xmlCharacters(markup, references, 'keep');
  return kind === 'html' || holdsMarkup(html, references) ? htmlToText(html, references) : plainText(html);
}

/** Trimmed text of an ordinary element (`link`, `guid`, `pubDate`, `id`): child tags dropped. */
export function xmlValueOf(raw: string, references: References): string {
  return xmlCharacters(capped(raw), references, 'drop').trim();
}

/** Text of an HTML string: no tags, references decoded, whitespace collapsed. */
export function htmlToText(html: string, references: References): string {
  return plainText(references.decodeHtml(removeMarkup(capped(html))));
}

/** Text as written, on one line: unwanted characters out, whitespace collapsed. */
export function plainText(text: string): string {
  return withoutUnwantedChars(capped(text)).replace(/\s+/g, ' ').trim();
}

/**
 * What makes an RSS field HTML rather than text: an end tag (`</b>`), a start tag with an attribute
 * value (`<a href="…">`), a comment, or a reference HTML knows (`&amp;`, `&#8217;`). A bare
 * `<dialog>` or `<gorilla>` alone is a word. Each part stops at the next `<`: linear.
 */
const MARKUP = /<\/[a-z]|<!--|<[a-z][^\s/<>=]*\s[^<>=]*=[^<>]*>/i;

function holdsMarkup(text: string, references: References): boolean {
  return MARKUP.test(text) || references.decodeHtml(text) !== text;
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

/** Elements whose boundaries separate words: without a space, `<p>a</p><p>b</p>` would read "ab". */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header ' +
    'hr img li main nav ol p pre section table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** Elements whose content is not text a reader sees: dropped along with their tags. */
const HIDDEN_CONTENT_ELEMENTS = new Set(['script', 'style', 'template']);

/**
 * Removes HTML's markup in one pass, following the HTML tokenizer where it matters: `>` inside a
 * quoted attribute value does not end a tag, a construct left open at the end is dropped with the
 * rest, and a `<` not followed by a letter, `/`, `!` or `?` is text. Where a removal would leave a
 * `<` right before a letter, a space keeps them from reading as a tag.
 */
function removeMarkup(html: string): string {
  if (!html.includes('<')) return html;
  let out = '';
  let i = 0;
  let lower: string | undefined;
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
    const closing = next === '/';
    let after: number;
    if (next === '!' || next === '?' || (closing && !isAsciiLetter(html.charCodeAt(lt + 2)))) {
      // A comment, a declaration, or `</` + non-letter (a bogus comment in HTML) up to the next `>`.
      const comment = html.startsWith('!--', lt + 1);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      after = end < 0 ? end : end + (comment ? 3 : 1);
    } else {
      const nameStart = closing ? lt + 2 : lt + 1;
      const name = tagName(html, nameStart).toLowerCase();
      const end = tagEnd(html, nameStart);
      if (BLOCK_ELEMENTS.has(name)) out += ' ';
      after = end < 0 ? end : end + 1;
      // `<script/>` still opens a script in HTML, so its content is dropped too.
      if (!closing && after > 0 && HIDDEN_CONTENT_ELEMENTS.has(name)) {
        after = endOfElement((lower ??= asciiLowerCase(html)), name, after);
        out += ' ';
      }
    }
    if (after < 0) break;
    i = after;
    if (out.endsWith('<') && startsTag(html, i)) out += ' ';
  }
  return out;
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
