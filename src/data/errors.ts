/**
 * What went wrong, as a value a site owner can act on. `code` is stable and is what the elements
 * translate; `message` is English detail for logs and developers.
 */
export type DataErrorCode =
  | 'network' // the request failed or the server answered with an HTTP error
  | 'timeout' // no complete answer within the time allowed
  | 'format' // the document is not in any supported format
  | 'source' // the document is an error reported by the source itself
  | 'empty' // the document is well-formed but holds no data
  | 'unknown-source' // a named source that is not registered
  | 'config'; // the page's settings cannot work: `setting` names what to set

export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly code: DataErrorCode,
    message: string,
    options?: { cause?: unknown; status?: number; setting?: string; value?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = options?.status;
    this.setting = options?.setting;
    this.value = options?.value;
  }
  readonly status?: number;
  /** For a `config` error: the attribute or option that fixes it, e.g. `data-proxy`. */
  readonly setting?: string;
  /** For a `config` error: what the page wrote there (absent when the setting is missing). */
  readonly value?: string;
}

/** A setting that cannot work: `setting` names the attribute to fix, `value` what was written (none: it is missing). */
export const configError = (setting: string, value: string | undefined, message: string): DataError =>
  new DataError('config', message, { setting, value: value || undefined });

export const isDataError = (e: unknown): e is DataError => e instanceof DataError;
