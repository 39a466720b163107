import { DataError } from '../errors.js';

export type JsonObject = { [key: string]: unknown };

/** Parses a rates document that should be JSON; a syntax error is a `format` error. */
export function parseRatesJson(text: string, format: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new DataError('format', `Not a ${format} document: not valid JSON (${(cause as Error).message})`, { cause });
  }
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field as a source's quote needs it: text or a number; objects and arrays count as missing. */
export function scalar(object: JsonObject, key: string): string | number | undefined {
  const value = object[key];
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** A field that must be text, e.g. a currency code; a number is written out as JSON would. */
export function textField(object: JsonObject, key: string): string | undefined {
  const value = scalar(object, key);
  return value === undefined ? undefined : String(value);
}
