import type { Plugin } from 'esbuild';

export declare const CSS_TEMPLATE: RegExp;
export declare function withMinifiedCss(source: string): Promise<string>;
export declare const minifyLitCss: Plugin;
