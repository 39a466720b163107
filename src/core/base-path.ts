/**
 * Where the script-tag bundle finds the files it loads on demand: beside itself, from its own URL (so
 * a copy served from any host or path finds them). Only the bundle's `*.script.ts` modules use this.
 */

// Read while the bundle runs: `currentScript` is the bundle's own tag only then.
const base = (globalThis.document?.currentScript as HTMLScriptElement | null)?.src || globalThis.location?.href;

/** The URL of `file` beside the script-tag bundle. */
export const besideTheScript = (file: string): string => new URL(file, base).href;
