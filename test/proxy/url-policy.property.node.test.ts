// Property: however a loopback target is spelled — IPv4 in any radix and any number of parts,
// IPv6 in every form that carries IPv4 or ::1, the name localhost percent-encoded or in full-width
// digits, with user info, tabs, backslashes or a trailing dot — and even when an operator has
// allowlisted exactly that host, the proxy never opens a connection to the loopback canary.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { createProxy } from '../../src/proxy/index.js';
import { viaProxy } from './upstream-server.js';

let canary: Server;
let port: number;
let connections = 0;
before(async () => {
  canary = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('canary'));
  canary.on('connection', () => connections++);
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  port = (canary.address() as AddressInfo).port;
});
after(() => new Promise<void>((resolve) => canary.close(() => resolve())));

const byte = fc.integer({ min: 0, max: 255 });
/** One number in decimal, hex or octal, as the WHATWG IPv4 parser reads them. */
const radix = (n: number) => fc.constantFrom(String(n), `0x${n.toString(16)}`, `0X${n.toString(16).toUpperCase()}`, n === 0 ? '0' : `0${n.toString(8)}`);

/** 127.b.c.d or 0.0.0.0 (which Linux delivers to the local host) in 1 to 4 parts. */
const ipv4Spelling = fc.tuple(fc.constantFrom(127, 0), byte, byte, byte, fc.integer({ min: 1, max: 4 })).chain(([a, b, c, d, parts]) => {
  const [first, ...rest] = a === 0 ? [0, 0, 0, 0] : [a, b, c, d];
  const low = rest.reduce((sum, x) => sum * 256 + x, 0);
  const whole = (((first ?? 0) << 24) >>> 0) + low;
  if (parts === 1) return radix(whole);
  const tail = parts === 2 ? [low] : parts === 3 ? [rest[0] ?? 0, (rest[1] ?? 0) * 256 + (rest[2] ?? 0)] : rest;
  return fc.tuple(radix(first ?? 0), ...tail.map(radix)).map((spelled) => spelled.join('.'));
});

const dotted = fc.tuple(byte, byte, byte).map(([b, c, d]) => `127.${b}.${c}.${d}`);
const hex4 = (n: number) => n.toString(16);
const ipv6Spelling = fc.oneof(
  fc.constantFrom('::1', '0:0:0:0:0:0:0:1', '0000:0000::0001', '::0:1', '0::1', '::', '::0', '0:0:0:0:0:0:0:0'),
  dotted.map((v4) => `::ffff:${v4}`),
  dotted.map((v4) => `::FFFF:${v4}`),
  dotted.map((v4) => `::ffff:0:${v4}`), // IPv4-translated
  dotted.map((v4) => `0:0:0:0:0:ffff:${v4}`),
  dotted.map((v4) => `::${v4}`), // IPv4-compatible
  dotted.map((v4) => `64:ff9b::${v4}`), // NAT64
  fc.tuple(byte, byte).map(([c, d]) => `::ffff:7f00:${hex4(c * 256 + d)}`),
  fc.tuple(byte, byte).map(([c, d]) => `2002:7f00:${hex4(c * 256 + d)}::`), // 6to4
);

const localhostSpelling = fc.constantFrom(
  'localhost',
  'LOCALHOST',
  'LocalHost',
  'localhost.',
  '%6c%6f%63%61%6c%68%6f%73%74', // percent-encoded: the URL parser decodes host names
  'loc%61lhost',
  '１２７．０．０．１', // full-width digits and stops: IDNA maps them to 127.0.0.1
  '127。0。0。1', // ideographic full stops
  '０ｘ７ｆ．１',
);

const host = fc.oneof(
  ipv4Spelling,
  ipv4Spelling.map((h) => `${h}.`),
  ipv6Spelling.map((h) => `[${h}]`),
  localhostSpelling,
);

/** Decorations that change the spelling, not the target. */
const target = fc
  .record({
    host,
    scheme: fc.constantFrom('http', 'HTTP', 'https', 'hTtP'),
    slashes: fc.constantFrom('//', '\\\\', '/\\', '\t//'),
    userinfo: fc.constantFrom('', 'www.cbr.ru@', 'user:pass@'),
    port: fc.constantFrom('', ':PORT', ':0PORT', ':00PORT'),
    path: fc.constantFrom('/', '/scripts/XML_daily.asp', '/%2e%2e/', '?x=1', '#frag'),
    tab: fc.boolean(),
  })
  .map(({ host, scheme, slashes, userinfo, port: p, path, tab }) => {
    const spelledHost = tab && host.length > 2 ? `${host.slice(0, 1)}\t${host.slice(1)}` : host;
    return `${scheme}:${slashes}${userinfo}${spelledHost}${p.replace('PORT', String(port))}${path}`;
  });

/** Only loopback may ever be dialled; anything else the proxy let through is recorded, not sent. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '0.0.0.0', '[::]', '[::ffff:7f00:1]']);

describe('URL policy, property-based', () => {
  it('no spelling of a loopback target reaches the loopback canary, even when that exact host is allowlisted', { timeout: 120_000 }, async () => {
    const dialled: string[] = [];
    const guardedFetch: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      dialled.push(url.href);
      return LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith('127.') ? fetch(input, init) : Promise.reject(new Error('not dialled'));
    };
    await fc.assert(
      fc.asyncProperty(target, async (spelled) => {
        let allowHosts: string[];
        try {
          allowHosts = [new URL(spelled).host];
        } catch {
          allowHosts = []; // not a URL at all: the proxy must answer 400, which it is checked for below
        }
        const response = await createProxy({ allowHosts, fetch: guardedFetch })(new Request(viaProxy(spelled)));
        await response.arrayBuffer();
        assert.ok([400, 403].includes(response.status), `${JSON.stringify(spelled)} answered ${response.status}`);
        assert.deepEqual(dialled, [], `${JSON.stringify(spelled)} was fetched`);
        assert.equal(connections, 0, `${JSON.stringify(spelled)} reached the canary`);
      }),
      { numRuns: 600 },
    );
  });
});
