import type { BuildOptions } from 'esbuild';
export declare const renderWorkerOptions: BuildOptions;
export declare const dataWorkerOptions: BuildOptions;
export declare function workerBundle(options: BuildOptions, extra?: BuildOptions): Promise<{ text: string; bytes: number; gzip: number }>;
