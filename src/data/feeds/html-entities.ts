/**
 * The HTML named character references that feeds actually use. Feed text is HTML more often than
 * not, and undeclared names such as `&nbsp;` or `&eacute;` reach us verbatim because the XML parser
 * does not know them. The full HTML list has over 2,000 names; these cover Latin-1 and the common
 * typography, which is what publishers' CMSs emit. Unknown names are left as written.
 */

/** Latin-1 supplement, U+00A0 to U+00FF, in code point order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHERS: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192,
  circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, horbar: 0x2015, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a,
  ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022,
  hellip: 0x2026, permil: 0x2030, prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a,
  oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122, numero: 0x2116,
  larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194,
  minus: 0x2212, le: 0x2264, ge: 0x2265, ne: 0x2260, asymp: 0x2248, infin: 0x221e,
  Alpha: 0x391, alpha: 0x3b1, beta: 0x3b2, gamma: 0x3b3, delta: 0x3b4, pi: 0x3c0, mu: 0x3bc,
  Omega: 0x3a9, omega: 0x3c9, Delta: 0x394, Sigma: 0x3a3, sigma: 0x3c3,
};

export const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCodePoint(0xa0 + i)]),
  ...Object.entries(OTHERS).map(([name, cp]): [string, string] => [name, String.fromCodePoint(cp)]),
]);

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
