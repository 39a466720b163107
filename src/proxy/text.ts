import { decodeText } from '../data/decode.js';

/** A document as the proxy serves it: UTF-8 text and a Content-Type that says so. */
export interface Utf8Document {
  text: string;
  contentType: string;
}

/** The data types the sources publish (XML, RSS/Atom, JSON, plain text): relayed as they are. */
const DATA_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/json',
  'text/json',
  'application/feed+json',
  'text/plain',
]);

/**
 * Other text a misconfigured server might label its data with. It is relayed as `text/plain`, which
 * a browser under `nosniff` neither renders nor runs as script or style: an allowlisted host serving
 * JavaScript must not become a script the proxy's origin vouches for.
 */
const OTHER_TEXT_MEDIA_TYPE = /^(?:text\/[\w.+-]+|application\/(?:x-)?(?:java|ecma)script|application\/[\w.-]+\+(?:xml|json))$/;

/** `Application/XML; charset=windows-1251` → `application/xml`; undefined when absent. */
const mediaTypeOf = (contentType: string | null): string | undefined => contentType?.split(';')[0]?.trim().toLowerCase() || undefined;

/** A server that names no type still sends XML or JSON here; say which so clients need not guess. */
function sniffMediaType(text: string): string {
  const start = text.trimStart()[0];
  if (start === '<') return 'application/xml';
  return start === '{' || start === '[' ? 'application/json' : 'text/plain';
}

/**
 * Whether the proxy will relay a body of this upstream Content-Type at all (absent means "we'll
 * look"). Refusing binary types keeps allowlisted sites' PDFs and images from becoming mangled "UTF-8".
 */
export const isTextContentType = (contentType: string | null): boolean => {
  const type = mediaTypeOf(contentType);
  return type === undefined || DATA_MEDIA_TYPES.has(type) || OTHER_TEXT_MEDIA_TYPE.test(type);
};

/**
 * The Content-Type a relayed body is served under: a data type as declared, else what the text
 * is. Undeclared `<…` is XML; under another label it may be HTML, so only inert JSON is recognised
 * (the JSON mirror of the Bank of Russia labels itself `application/javascript`) and the rest is
 * plain text.
 */
export function servedContentType(contentType: string | null, text: string): string {
  const declared = mediaTypeOf(contentType);
  if (declared !== undefined && DATA_MEDIA_TYPES.has(declared)) return `${declared}; charset=utf-8`;
  const sniffed = sniffMediaType(text);
  return `${declared === undefined || sniffed === 'application/json' ? sniffed : 'text/plain'}; charset=utf-8`;
}

/**
 * The XML prolog still says `encoding="windows-1251"` after we re-encode; a parser that believes
 * it would decode the UTF-8 bytes as Cyrillic mojibake.
 */
export const relabelXmlProlog = (text: string): string => text.replace(/^(\s*<\?xml\s[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');

/** Decodes upstream bytes (charset rules in `decodeText`) into a UTF-8 document. */
export function toUtf8Document(bytes: Uint8Array, contentType: string | null): Utf8Document {
  const text = relabelXmlProlog(decodeText(bytes, contentType));
  return { text, contentType: servedContentType(contentType, text) };
}
