/**
 * Which IP addresses the proxy must never reach: loopback, private, link-local (cloud metadata
 * lives at 169.254.169.254), carrier-grade NAT, documentation, multicast and reserved ranges, in
 * IPv4 and IPv6, including IPv6 forms that carry an IPv4 address inside them.
 *
 * Hostnames reach these functions after the WHATWG URL parser, which already turns the odd IPv4
 * spellings (`2130706433`, `0177.0.0.1`, `0x7f.0.0.1`) into dotted decimal; resolvers answer in
 * dotted decimal too. So only canonical dotted IPv4 and textual IPv6 need parsing here.
 */

/** [first octets as a 32-bit number, prefix length] */
type Range4 = readonly [number, number];

const v4 = (a: number, b: number, c: number, d: number): number => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

const BLOCKED_V4: readonly Range4[] = [
  [v4(0, 0, 0, 0), 8], // "this network"
  [v4(10, 0, 0, 0), 8],
  [v4(100, 64, 0, 0), 10], // carrier-grade NAT
  [v4(127, 0, 0, 0), 8],
  [v4(169, 254, 0, 0), 16], // link-local, cloud metadata
  [v4(172, 16, 0, 0), 12],
  [v4(192, 0, 0, 0), 24], // IETF protocol assignments
  [v4(192, 0, 2, 0), 24], // documentation
  [v4(192, 88, 99, 0), 24], // 6to4 relay anycast
  [v4(192, 168, 0, 0), 16],
  [v4(198, 18, 0, 0), 15], // benchmarking
  [v4(198, 51, 100, 0), 24],
  [v4(203, 0, 113, 0), 24],
  [v4(224, 0, 0, 0), 4], // multicast
  [v4(240, 0, 0, 0), 4], // reserved and broadcast
];

/** The address as a 32-bit number, or undefined when it is not dotted-decimal IPv4. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  const [a, b, c, d] = parts.map(Number) as [number, number, number, number];
  return v4(a, b, c, d);
}

function inRange4(address: number, [base, bits]: Range4): boolean {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (address & mask) >>> 0 === base;
}

const isBlockedV4 = (address: number): boolean => BLOCKED_V4.some((r) => inRange4(address, r));

/** The eight 16-bit groups of an IPv6 address (brackets allowed), or undefined when it is not one. */
export function parseIPv6(text: string): number[] | undefined {
  const bare = text.replace(/^\[|\]$/g, '').split('%')[0]; // a zone id does not change the class
  if (!bare.includes(':')) return undefined;
  const halves = bare.split('::');
  if (halves.length > 2) return undefined;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')).flatMap(groupValues));
  if (groups.some((g) => g.includes(NaN))) return undefined;
  const [head = [], tail = []] = groups;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...new Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
}

/** One textual group: a hex quad, or a trailing dotted IPv4 that stands for two groups. */
function groupValues(group: string): number[] {
  const embedded = parseIPv4(group);
  if (embedded !== undefined) return [embedded >>> 16, embedded & 0xffff];
  return /^[0-9a-f]{1,4}$/i.test(group) ? [parseInt(group, 16)] : [NaN];
}

const embeddedV4 = (g: number[], at: number): number => (((g[at] ?? 0) << 16) | (g[at + 1] ?? 0)) >>> 0;

function isBlockedV6(g: number[]): boolean {
  const [g0 = 0, g1 = 0] = g;
  const zeroUntil = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroUntil(8)) return true; // ::
  if (zeroUntil(7) && g[7] === 1) return true; // ::1
  if (zeroUntil(5) && g[5] === 0xffff) return isBlockedV4(embeddedV4(g, 6)); // ::ffff:a.b.c.d
  if (zeroUntil(4) && g[4] === 0xffff && g[5] === 0) return isBlockedV4(embeddedV4(g, 6)); // IPv4-translated ::ffff:0:a.b.c.d
  if (zeroUntil(6)) return true; // deprecated IPv4-compatible ::a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b) return g[2] !== 0 || isBlockedV4(embeddedV4(g, 6)); // NAT64; 64:ff9b:1::/48 is local use
  if (g0 === 0x2002) return isBlockedV4(embeddedV4(g, 1)); // 6to4
  // 2001::/23 is IETF special purpose: Teredo (2001:0::/32) tunnels to an address it hides,
  // benchmarking, ORCHID. Nothing a central bank publishes on.
  if (g0 === 0x2001 && g1 < 0x0200) return true;
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation
  if (g0 === 0x3fff && g1 < 0x1000) return true; // documentation 3fff::/20
  if (g0 === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return true; // discard 100::/64
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return true; // old site-local fec0::/10
  return (g0 & 0xff00) === 0xff00; // multicast
}

/** Whether a literal address (IPv4 or IPv6, brackets allowed) is one the proxy must not reach. */
export function isBlockedAddress(address: string): boolean {
  const four = parseIPv4(address);
  if (four !== undefined) return isBlockedV4(four);
  const six = parseIPv6(address);
  // Something that is neither is not an address we can vouch for: treat it as blocked.
  return six === undefined ? true : isBlockedV6(six);
}

/** Whether a URL hostname is an IP literal rather than a name to resolve. */
export const isIpLiteral = (hostname: string): boolean => parseIPv4(hostname) !== undefined || parseIPv6(hostname) !== undefined;
