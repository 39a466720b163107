import { readFileSync } from 'node:fs';
import { decodeText } from '../../src/data/decode.js';

/** The bytes of a fixture under `test/fixtures/`, exactly as a server sent them. */
export function fixtureBytes(path: string): Buffer {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
}

/** A fixture decoded the way the data layer decodes a response that came without a charset. */
export function fixtureText(path: string): string {
  return decodeText(fixtureBytes(path));
}
