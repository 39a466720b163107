/**
 * Windows-1252 characters for the C1 range U+0080..U+009F. Text decoded as Latin-1 (or numeric
 * references like `&#146;`) lands here when the publisher meant Windows-1252; HTML maps them the
 * same way. The five holes in Windows-1252 map to nothing.
 */
const CP1252_C1 =
  '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000' +
  '\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';

/** The Windows-1252 reading of a C1 control code point, or '' for the undefined ones. */
export function cp1252ForC1(codePoint: number): string {
  const ch = CP1252_C1[codePoint - 0x80] ?? '';
  return ch === '\u0000' ? '' : ch;
}
