import type { Plugin } from 'esbuild';

export declare const languagesBesideTheScript: Plugin;
