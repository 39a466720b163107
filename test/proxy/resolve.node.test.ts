// Which resolver createProxy uses when given none. Node's is exercised for real; Deno and Bun are
// not installed here, so their APIs are given as scopes shaped like theirs, answering from a table.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runtimeResolver } from '../../src/proxy/resolve.js';

const RECORDS: Record<string, { A?: string[]; AAAA?: string[] }> = {
  'both.test': { A: ['127.0.0.1'], AAAA: ['::1'] },
  'six.test': { AAAA: ['fd00::1'] },
};
const notFound = (host: string) => Object.assign(new Error(`no records for ${host}`), { name: 'NotFound' });

const denoScope = {
  Deno: {
    async resolveDns(host: string, type: 'A' | 'AAAA') {
      const answers = RECORDS[host]?.[type];
      if (!answers) throw notFound(host);
      return answers;
    },
  },
};

const bunScope = {
  Bun: {
    dns: {
      async lookup(host: string) {
        const record = RECORDS[host];
        if (!record) throw notFound(host);
        return [...(record.A ?? []), ...(record.AAAA ?? [])].map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      },
    },
  },
};

describe('runtimeResolver', () => {
  it("uses Node's dns.lookup under Node", async () => {
    const resolve = runtimeResolver();
    assert.ok(resolve);
    const addresses = await resolve('localhost');
    assert.ok(
      addresses.some((a) => a === '127.0.0.1' || a === '::1'),
      addresses.join(),
    );
  });

  for (const [name, scope] of [
    ['Deno', denoScope],
    ['Bun', bunScope],
  ] as const) {
    it(`asks ${name} for every address of a name`, async () => {
      const resolve = runtimeResolver(scope);
      assert.ok(resolve);
      assert.deepEqual(await resolve('both.test'), ['127.0.0.1', '::1']);
      assert.deepEqual(await resolve('six.test'), ['fd00::1']);
      await assert.rejects(resolve('nowhere.test'), /no records for nowhere\.test/);
    });
  }

  it('finds none where the runtime offers none (Workers)', () => {
    assert.equal(runtimeResolver({}), undefined);
  });
});
