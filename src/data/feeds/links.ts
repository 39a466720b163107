/** Longer than any real article link; a multi-megabyte "URL" is not worth parsing. */
const MAX_URL_LENGTH = 8192;

/**
 * The link as an absolute `http:`/`https:` URL, resolved against `base` when relative; undefined for
 * every other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …) and for anything unparseable.
 * Headlines become `<a href>`s, so this is the one gate every link passes.
 */
export function safeHttpUrl(raw: string | undefined, base?: string): string | undefined {
  const value = raw?.trim();
  if (!value || value.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/**
 * The base in effect inside an element with `xml:base`: the attribute resolved against the outer
 * base. A base that does not come out as an http(s) URL (`xml:base="javascript:…"`) is ignored
 * rather than allowed to poison the links below it.
 */
export function innerBase(xmlBase: string | undefined, outer: string | undefined): string | undefined {
  return safeHttpUrl(xmlBase, outer) ?? outer;
}
