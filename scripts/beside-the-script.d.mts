import type { Plugin } from 'esbuild';

export declare const besideTheScript: Plugin;
export declare const hydrationApart: (path: string) => Plugin;
