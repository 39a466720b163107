/**
 * Name resolution with what the runtime offers, so `createProxy` checks the addresses behind an
 * allowlisted name without being told how: Deno's `Deno.resolveDns`, Bun's `Bun.dns.lookup`, Node's
 * `dns.lookup`. Cloudflare Workers offer none; there only IP literals are checked.
 */

/** Every address of a name; rejects when the name does not resolve. */
export type Resolve = (host: string) => Promise<string[]>;

interface RuntimeScope {
  Deno?: { resolveDns?: (host: string, type: 'A' | 'AAAA') => Promise<string[]> };
  Bun?: { dns?: { lookup?: (host: string, options: object) => Promise<{ address: string }[]> } };
  process?: { getBuiltinModule?: (id: string) => unknown };
}

interface NodeDns {
  promises: { lookup(host: string, options: { all: true; verbatim: true }): Promise<{ address: string }[]> };
}

/** The runtime's resolver, or undefined where there is none (Workers, browsers). */
export function runtimeResolver(scope: RuntimeScope = globalThis as RuntimeScope): Resolve | undefined {
  const { Deno, Bun, process } = scope;
  if (Deno?.resolveDns) return denoResolver(Deno.resolveDns.bind(Deno));
  const bunLookup = Bun?.dns?.lookup;
  if (bunLookup) return async (host) => (await bunLookup.call(Bun?.dns, host, {})).map((answer) => answer.address);
  // getBuiltinModule keeps `node:dns` out of the import graph, so Workers bundles still build.
  const dns = process?.getBuiltinModule?.('node:dns') as NodeDns | undefined;
  if (dns) return async (host) => (await dns.promises.lookup(host, { all: true, verbatim: true })).map((answer) => answer.address);
  return undefined;
}

/** Deno asks per record type and rejects a type the name has no record of: both, then merge. */
function denoResolver(resolveDns: NonNullable<NonNullable<RuntimeScope['Deno']>['resolveDns']>): Resolve {
  return async (host) => {
    const answers = await Promise.allSettled([resolveDns(host, 'A'), resolveDns(host, 'AAAA')]);
    const found = answers.flatMap((answer) => (answer.status === 'fulfilled' ? answer.value : []));
    const failed = answers.find((answer) => answer.status === 'rejected');
    if (found.length === 0 && failed) throw failed.reason;
    return found;
  };
}
