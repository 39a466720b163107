import type { Plugin } from 'esbuild';

export declare const languageSections: Plugin;
export declare function evaluate(file: string): Promise<Record<string, unknown>>;
