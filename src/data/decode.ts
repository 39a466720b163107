import { DataError } from './errors.js';

/**
 * Bytes to text for documents whose charset is not always declared where a browser looks:
 * the Bank of Russia serves windows-1251 and says so only in the XML prolog.
 *
 * Order: the `Content-Type` charset, the XML prolog's `encoding`, a byte order mark, UTF-16 without
 * one recognised by the prolog's byte pattern (XML 1.0 Appendix F), UTF-8. A label `TextDecoder` does
 * not know is skipped, never fatal. UTF-32, which no browser decodes, is a `format` DataError.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array, contentType?: string | null): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (isUtf32(view)) {
    throw new DataError('format', 'UTF-32 cannot be decoded in a browser; ask for UTF-8');
  }
  const decoder =
    decoderFor(charsetOfContentType(contentType)) ??
    decoderFor(encodingOfProlog(view)) ??
    decoderFor(encodingOfBom(view)) ??
    decoderFor(utf16ByPattern(view)) ??
    new TextDecoder('utf-8');
  // TextDecoder already drops a BOM of its own encoding; any that survives is still not content.
  return decoder.decode(view).replace(/^\uFEFF/, '');
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // RangeError: not a WHATWG encoding label
  }
}

/** `text/xml; charset="windows-1251"` → `windows-1251`. */
function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1];
}

/** How many leading bytes can hold a prolog; a real one is well under 100. */
const PROLOG_WINDOW = 256;

/**
 * The `encoding` pseudo-attribute of `<?xml …?>`, read as ASCII: every encoding this applies to
 * (UTF-8, windows-125x, KOI8, ISO-8859-x) writes ASCII as ASCII. A prolog that can be read this
 * way cannot really be UTF-16, so a `UTF-16` label there is ignored, as browsers do for HTML.
 */
function encodingOfProlog(view: Uint8Array): string | undefined {
  const head = String.fromCharCode(...view.subarray(0, PROLOG_WINDOW)).replace(/^\xEF\xBB\xBF/, '');
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  const label = match?.[1];
  return label && !/^utf-?16/i.test(label) ? label : undefined;
}

function encodingOfBom(view: Uint8Array): string | undefined {
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) return 'utf-8';
  if (view[0] === 0xff && view[1] === 0xfe) return 'utf-16le';
  if (view[0] === 0xfe && view[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte order mark, by XML 1.0 Appendix F's patterns (`<?xml` is `00 3C 00 3F` or
 * `3C 00 3F 00`): an ASCII character beside a zero byte. No ASCII-compatible document starts so.
 */
function utf16ByPattern([a, b]: Uint8Array): string | undefined {
  if (a === 0 && b) return 'utf-16be';
  if (b === 0 && a) return 'utf-16le';
  return undefined;
}

/**
 * UTF-32, with or without a byte order mark (`00 00 FE FF`, `00 00 00 3C` big-endian, `FF FE 00 00`,
 * `3C 00 00 00` little-endian): the first or the last two of the first four bytes are zero, which no
 * text in another encoding starts with (its first or second character would be U+0000).
 */
function isUtf32([a, b, c, d]: Uint8Array): boolean {
  return (a === 0 && b === 0) || (c === 0 && d === 0);
}
