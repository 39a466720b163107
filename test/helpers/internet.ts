/**
 * The two hosts as a browser meets them on the internet, emulated over loopback for `configure({ fetch })`:
 * the Bank of Russia refuses cross-origin reads (the request fails, as a CORS refusal does), and
 * the cbr-xml-daily.ru mirror answers with its documents, here the fixtures on the test server.
 * Every request asked for is recorded, so a test can say what was (and was not) requested.
 */
const MIRROR = 'www.cbr-xml-daily.ru';
const BANK = 'www.cbr.ru';
/** The European Central Bank (no CORS either): through the proxy, its sheet of 09.05.2025. */
const ECB = 'www.ecb.europa.eu';
const ECB_FILE = '/fx/ecb/eurofxref-daily_2025-05-09.xml';

/** The mirror's documents that exist, by path; any other path is a 404, as on the real archive for a day without a sheet. */
const MIRROR_FILES: Record<string, string> = {
  '/daily_json.js': '/fx/cbr-xml-daily/daily_json_2022-02-03.json',
  '/archive/2022/02/03/daily_json.js': '/fx/cbr-xml-daily/daily_json_2022-02-03.json',
  '/archive/2021/12/31/daily_json.js': '/fx/cbr-xml-daily/daily_json_2021-12-31_fetched-2022-01-02.json',
};

/** What the Bank's own addresses answer through the emulated proxy, by path. */
const BANK_FILES: Record<string, string> = {
  '/scripts/XML_daily.asp': '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml',
  '/scripts/XML_daily_eng.asp': '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml',
  '/scripts/XML_dynamic.asp': '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml',
};

export interface Internet {
  fetch: typeof fetch;
  /** Every URL asked for, in order, as the data layer asked for it (after the proxy template). */
  asked: string[];
  /** Holds every answer until `release()` (a slow upstream); `hang()` holds new ones for ever (until aborted). */
  hold(): void;
  release(): void;
  hang(on: boolean): void;
  /** Answers everything with this HTTP status from now on (an upstream in trouble), or normally again with `undefined`. */
  failWith(status: number | undefined): void;
}

/** Resolves when `signal` aborts, rejecting with its reason: a request that never gets an answer. */
const never = (signal?: AbortSignal | null) =>
  new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/**
 * A request to the page's proxy (`/proxy?url=`) is answered as the proxy would forward it: the
 * Bank's daily sheets with the English sheet of 13.12.2025, its history with that of CNY in 2021.
 */
export function emulatedInternet(): Internet {
  let held: Promise<void> | undefined;
  let release = () => {};
  let hanging = false;
  let status: number | undefined;
  const asked: string[] = [];

  async function answer(url: URL, init?: RequestInit): Promise<Response> {
    const proxied = url.searchParams.get('url');
    if (url.pathname === '/proxy' && proxied) {
      const upstream = new URL(proxied);
      const file = upstream.hostname === BANK ? BANK_FILES[upstream.pathname] : upstream.hostname === ECB ? ECB_FILE : MIRROR_FILES[upstream.pathname];
      return fetch(withStatus(file ?? '/fx/none'), init);
    }
    if (url.hostname === BANK) throw new TypeError('Failed to fetch');
    if (url.hostname === MIRROR) return fetch(withStatus(MIRROR_FILES[url.pathname] ?? '/fx/none'), init);
    return fetch(withStatus(url.pathname + url.search), init);
  }

  const withStatus = (path: string) => (status === undefined ? path : `${path}${path.includes('?') ? '&' : '?'}status=${status}`);

  return {
    asked,
    async fetch(input, init) {
      const url = new URL(String(input), location.href);
      asked.push(url.href);
      if (hanging) return never(init?.signal);
      if (held) await Promise.race([held, never(init?.signal)]);
      return answer(url, init);
    },
    hold() {
      held = new Promise((resolve) => (release = resolve));
    },
    release() {
      release();
      held = undefined;
    },
    hang(on) {
      hanging = on;
    },
    failWith(code) {
      status = code;
    },
  };
}
