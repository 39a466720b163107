import type { Plugin } from 'esbuild';

export declare const besideTheScript: Plugin;
