import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBlockedAddress, parseIPv6 } from '../../src/proxy/address.js';

describe('isBlockedAddress', () => {
  const blocked = [
    '0.0.0.0',
    '10.1.2.3',
    '100.64.0.1',
    '127.0.0.1',
    '127.255.255.254',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe', // 169.254.169.254, as the URL parser writes it
    '64:ff9b::10.0.0.1',
    '2002:7f00:1::',
    'fc00::1',
    'fd00:ec2::254', // the AWS metadata service over IPv6
    'fe80::1%eth0',
    'ff02::1',
    '2001:db8::1',
    '::ffff:0:127.0.0.1', // IPv4-translated (RFC 2765), the form review found passing
    '::ffff:0:a9fe:a9fe',
    '::ffff:0:10.0.0.1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo: the client address is hidden inside
    '2001::1',
    '2001:2::1', // benchmarking
    '2001:10::1', // ORCHID
    '64:ff9b:1::8.8.8.8', // NAT64 local use
    '3fff::1', // documentation
    'not-an-address',
  ];
  const allowed = [
    '194.67.123.4',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2a00:1450:4001:80b::200e',
    '::ffff:8.8.8.8',
    '::ffff:0:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2002:808:808::',
    '2001:4860:4860::8888',
    '2001:200::1',
  ];

  for (const address of blocked) it(`blocks ${address}`, () => assert.equal(isBlockedAddress(address), true));
  for (const address of allowed) it(`allows ${address}`, () => assert.equal(isBlockedAddress(address), false));
});

describe('parseIPv6', () => {
  it('expands :: and a trailing dotted IPv4', () => {
    assert.deepEqual(parseIPv6('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    assert.deepEqual(parseIPv6('1::'), [1, 0, 0, 0, 0, 0, 0, 0]);
  });
  for (const text of ['1:2:3', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'g::1', '1.2.3.4']) {
    it(`rejects ${text}`, () => assert.equal(parseIPv6(text), undefined));
  }
});
