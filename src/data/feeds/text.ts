import { HTML_ENTITIES, cp1252ForC1 } from './html-entities.js';

/**
 * Feed text → plain text. Headlines are shown as text, never as markup, and feeds are sloppy about
 * which of their fields hold HTML, so every title and summary goes through the same steps: the XML
 * layer (CDATA, XML references), then as many rounds of "strip tags, decode HTML references" as it
 * takes for double-escaped markup (`&amp;lt;b&amp;gt;`) to come out as text, then a last strip so
 * nothing tag-like survives whatever the escaping depth.
 *
 * Every scanner here is linear in its input: a hostile feed must not turn one long field into
 * quadratic work.
 */

/** Markup beyond this is not read: a title or summary is shown in a line or two. */
const MAX_MARKUP_LENGTH = 100_000;
/** Rounds of strip-and-decode; three unwraps `&amp;amp;lt;`, deeper nesting is not plausible text. */
const MAX_UNESCAPE_ROUNDS = 3;

const XML_REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,8})|#[xX]([\da-fA-F]{1,8}));/g;
const XML_PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const HTML_REFERENCE = /&(?:#(\d{1,8})|#x([\da-f]{1,8})|([A-Z][A-Z\d]{1,31}));/gi;
const LOOKS_ESCAPED = /<[A-Z/!?]|&(?:#\d|#x[\da-f]|[A-Z][A-Z\d]*;)/i;

/**
 * The text of a raw XML element body as its author wrote it: CDATA sections verbatim, XML
 * references decoded, child elements (Atom `type="xhtml"`) left as markup for `htmlToText`.
 * Named references the XML layer does not know (`&nbsp;`, undeclared because we drop DOCTYPEs)
 * are left for the HTML layer.
 */
function decodeXmlText(raw: string): string {
  const body = raw.length > MAX_MARKUP_LENGTH ? raw.slice(0, MAX_MARKUP_LENGTH) : raw;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('<![CDATA[', i);
    if (open < 0) {
      out += decodeXmlReferences(body.slice(i));
      break;
    }
    out += decodeXmlReferences(body.slice(i, open));
    const close = body.indexOf(']]>', open + 9);
    // An unterminated section (only possible after truncation) keeps the rest verbatim.
    out += body.slice(open + 9, close < 0 ? body.length : close);
    i = close < 0 ? body.length : close + 3;
  }
  return out;
}

function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(XML_REFERENCE, (_, name?: string, dec?: string, hex?: string) =>
    name ? XML_PREDEFINED[name]! : charFromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

/** Plain text of an HTML (or HTML-ish) string: no tags, references decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  let text = html.length > MAX_MARKUP_LENGTH ? html.slice(0, MAX_MARKUP_LENGTH) : html;
  for (let round = 0; round < MAX_UNESCAPE_ROUNDS; round++) {
    const next = decodeHtmlReferences(stripTags(text));
    const changed = next !== text;
    text = next;
    if (!changed || !LOOKS_ESCAPED.test(text)) break;
  }
  return cleanText(stripTags(text));
}

/** The plain text of a raw XML text construct (title, description, summary, content). */
export function xmlToText(raw: string): string {
  return htmlToText(decodeXmlText(raw));
}

function decodeHtmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(HTML_REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return HTML_ENTITIES.get(name) ?? whole;
    return charFromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex!, 16));
  });
}

/** A numeric reference's character, with HTML's repairs for the values that name no character. */
function charFromCodePoint(codePoint: number): string {
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\uFFFD';
  if (codePoint >= 0x80 && codePoint <= 0x9f) return cp1252ForC1(codePoint);
  return String.fromCodePoint(codePoint);
}

/** Elements whose boundaries separate words: without a space, `<p>a</p><p>b</p>` would read "ab". */
const BLOCK_ELEMENTS = new Set(
  ('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header ' +
    'hr img li main nav ol p pre section table tbody td tfoot th thead tr ul').split(' '),
);
/** Elements whose content is not text a reader sees: dropped along with their tags. */
const HIDDEN_CONTENT_ELEMENTS = new Set(['script', 'style', 'template']);

/**
 * Removes tags, comments, doctypes and processing instructions, and the content of script and
 * style elements. Follows the HTML tokenizer where it matters for safety: `>` inside a quoted
 * attribute value does not end a tag, and a tag left open at the end of the input is dropped with
 * the rest, so no half tag survives as text. A `<` not followed by a letter, `/`, `!` or `?` is text.
 */
function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const next = html.charAt(lt + 1);
    if (html.startsWith('!--', lt + 1)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, nameStart);
    if (end < 0) break;
    const name = tagName(lower, nameStart);
    if (BLOCK_ELEMENTS.has(name)) out += ' ';
    i = end + 1;
    // `<script/>` still opens a script in HTML, so its content is dropped too.
    if (!closing && HIDDEN_CONTENT_ELEMENTS.has(name)) {
      const after = endOfElement(lower, name, i);
      if (after < 0) break;
      i = after;
      out += ' ';
    }
  }
  return out;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function tagName(lower: string, start: number): string {
  let end = start;
  while (end < lower.length && /[a-z\d:-]/.test(lower.charAt(end))) end++;
  return lower.slice(start, end);
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
        continue;
      }
      continue;
    }
    j++;
  }
  return -1;
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
 * reorder the text around the headline, and non-characters. Then whitespace is collapsed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWANTED_CHARS = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
/** A surrogate pair, or a lone surrogate (no lookbehind: Safari before 16.4 rejects it at load). */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

function cleanText(text: string): string {
  return text
    .replace(UNWANTED_CHARS, (ch) => {
      const code = ch.charCodeAt(0);
      return code >= 0x80 && code <= 0x9f ? cp1252ForC1(code) : '';
    })
    .replace(SURROGATES, (s) => (s.length === 2 ? s : '\uFFFD'))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Shortens text to at most `max` characters, at a word boundary when one is near, with an ellipsis.
 * Never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  let end = cut.length;
  while (end > 0 && /[\s,.;:\u2013\u2014-]/.test(cut[end - 1])) end--;
  return cut.slice(0, end) + '\u2026';
}
