import { isBlockedAddress, isIpLiteral } from './address.js';
import type { Resolve } from './resolve.js';

/** Why a target URL was refused; the proxy answers these with 403 (400 for `bad-url`). */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    readonly reason: 'bad-url' | 'scheme' | 'userinfo' | 'host' | 'address',
    message: string,
  ) {
    super(message);
  }
}

/** Where the proxy may go, fixed when the proxy is created. */
export interface PolicyOptions {
  /** `host` (default port only) or `host:port` entries; IPv6 as `[::1]:8080`. */
  readonly allowHosts: readonly string[];
  /** Skip the loopback/private/link-local checks (tests against a 127.0.0.1 upstream). */
  readonly allowPrivate: boolean;
  /** Name to addresses; without it only IP-literal hosts can be checked for private ranges. */
  readonly resolve?: Resolve;
}

/** Resolves when the proxy may fetch `url`, rejects with a `Refusal` when it may not. */
export type TargetCheck = (url: URL) => Promise<void>;

interface HostRule {
  hostname: string;
  /** null = only the scheme's default port */
  port: string | null;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Reads `host` / `host:port` entries through the URL parser so they normalise like targets do. */
function parseHostRules(entries: readonly string[]): HostRule[] {
  return entries.map((entry) => {
    const url = new URL(`http://${entry.trim()}`);
    const explicitPort = /:\d+$/.test(entry.trim());
    return { hostname: stripDot(url.hostname), port: explicitPort ? url.port || '80' : null };
  });
}

const stripDot = (hostname: string): string => hostname.replace(/\.$/, '');

function matchesRule(url: URL, rule: HostRule): boolean {
  if (stripDot(url.hostname) !== rule.hostname) return false;
  if (rule.port === null) return url.port === '';
  return (url.port || DEFAULT_PORTS[url.protocol]) === rule.port;
}

/** Parses the `url` parameter; what it may point at is `createTargetCheck`'s business. */
export function parseTarget(raw: string | null): URL {
  if (!raw) throw new Refusal('bad-url', 'Missing ?url= parameter');
  try {
    return new URL(raw);
  } catch {
    throw new Refusal('bad-url', 'The url parameter is not an absolute URL');
  }
}

/**
 * The checks that need no network — scheme, user info, allowlist. Offline mode makes them too, so
 * it answers exactly the URLs live mode would fetch.
 */
export function createUrlCheck(allowHosts: readonly string[]): (url: URL) => void {
  const rules = parseHostRules(allowHosts);
  return (url) => {
    if (!Object.hasOwn(DEFAULT_PORTS, url.protocol)) throw new Refusal('scheme', `Scheme ${url.protocol} is not allowed`);
    // `http://www.cbr.ru@127.0.0.1/` reads like cbr.ru to a human; refuse the ambiguity outright.
    if (url.username || url.password) throw new Refusal('userinfo', 'URLs with user info are not allowed');
    if (!rules.some((rule) => matchesRule(url, rule))) {
      throw new Refusal('host', `Host ${url.host} is not on the proxy's allowlist`);
    }
  };
}

/**
 * The checks every hop makes before it is fetched — the first request and each redirect target
 * alike, because a redirect is just another URL someone else chose.
 */
export function createTargetCheck(options: PolicyOptions): TargetCheck {
  const checkUrl = createUrlCheck(options.allowHosts);
  return async (url) => {
    checkUrl(url);
    if (!options.allowPrivate) await checkAddresses(url.hostname, options.resolve);
  };
}

async function checkAddresses(hostname: string, resolve: PolicyOptions['resolve']): Promise<void> {
  // An allowlisted name may still point inside the network (a stale or hostile DNS record).
  const addresses = isIpLiteral(hostname) ? [hostname] : resolve ? await resolve(stripDot(hostname)) : [];
  // A resolver that finds nothing vouches for nothing; the runtime's own lookup might still find something.
  if (addresses.length === 0 && resolve) throw new Refusal('address', `${hostname} resolves to no address`);
  const blocked = addresses.find(isBlockedAddress);
  if (blocked !== undefined) {
    throw new Refusal('address', `${hostname} is, or resolves to, a non-public address (${blocked})`);
  }
}
