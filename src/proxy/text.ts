import { decodeText } from '../data/decode.js';

/** A document as the proxy serves it: UTF-8 text and a Content-Type that says so. */
export interface Utf8Document {
  text: string;
  contentType: string;
}

/**
 * The rate and feed formats are all text. Refusing anything else keeps the proxy from turning
 * allowlisted sites' PDFs and images into mangled "UTF-8".
 */
const TEXT_MEDIA_TYPE = /^(?:text\/[\w.+-]+|application\/(?:[\w.-]+\+)?(?:xml|json)|application\/(?:x-)?javascript)$/;

/** `Application/XML; charset=windows-1251` → `application/xml`; undefined when absent. */
const mediaTypeOf = (contentType: string | null): string | undefined =>
  contentType?.split(';')[0]?.trim().toLowerCase() || undefined;

/** A server that names no type still sends XML or JSON here; say which so clients need not guess. */
function sniffMediaType(text: string): string {
  const start = text.trimStart()[0];
  if (start === '<') return 'application/xml';
  return start === '{' || start === '[' ? 'application/json' : 'text/plain';
}

/** Whether the proxy will serve a body of this upstream Content-Type (absent means "we'll look"). */
export const isTextContentType = (contentType: string | null): boolean => {
  const type = mediaTypeOf(contentType);
  return type === undefined || TEXT_MEDIA_TYPE.test(type);
};

/**
 * The XML prolog still says `encoding="windows-1251"` after we re-encode; a parser that believes
 * it would decode the UTF-8 bytes as Cyrillic mojibake.
 */
export const relabelXmlProlog = (text: string): string =>
  text.replace(/^(\s*<\?xml\s[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');

/** Decodes upstream bytes (charset rules in `decodeText`) into a UTF-8 document. */
export function toUtf8Document(bytes: Uint8Array, contentType: string | null): Utf8Document {
  const text = relabelXmlProlog(decodeText(bytes, contentType));
  const type = mediaTypeOf(contentType) ?? sniffMediaType(text);
  return { text, contentType: `${type}; charset=utf-8` };
}
