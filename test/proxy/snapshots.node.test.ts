import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseHistoryAs, parseSheetAs, type RatesFormat } from '../../src/data/parsers/lazy.js';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { createProxy, SAMPLE_HEADLINES_URL, type OfflineDocument } from '../../src/proxy/index.js';
import { SNAPSHOTS } from '../../src/proxy/snapshots.generated.js';
import { snapshotKey } from '../../src/proxy/snapshots.js';

describe('embedded snapshots', () => {
  it('src/proxy/snapshots.generated.ts is what scripts/snapshots.mjs makes of snapshots/', { timeout: 30_000 }, async () => {
    const root = new URL('../../', import.meta.url).pathname;
    // Rejects (non-zero exit) when the committed module is out of date.
    const { stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/snapshots.mjs', '--check'], { cwd: root });
    assert.equal(stderr, '');
  });

  it('each is an OfflineDocument (the proxy’s name: `Snapshot` is the data layer’s load state) in UTF-8', () => {
    const documents: OfflineDocument[] = Object.values(SNAPSHOTS);
    for (const { file, contentType } of documents) assert.match(contentType, /; charset=utf-8$/, file);
  });
});

const proxy = createProxy({ offline: true });
/** What the offline proxy answers for an upstream URL, as a widget would ask for it. */
async function offlineText(url: string): Promise<string> {
  const response = await proxy(new Request(`https://proxy.example/?url=${encodeURIComponent(url)}`));
  assert.equal(response.status, 200, url);
  assert.equal(response.headers.get('x-sco-cache'), 'snapshot');
  return response.text();
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

describe('offline: each URL answers a document of its own kind', () => {
  it('XML_daily.asp (Russian names), whatever date is asked for: every currency named in Russian', async () => {
    const sheet = await parseSheetAs('cbr', await offlineText(`${UPSTREAMS.cbr}?date_req=13/12/2025`));
    assert.ok(sheet.rates.length > 30);
    for (const rate of sheet.rates) assert.ok(CYRILLIC.test(rate.name) && !LATIN.test(rate.name), `${rate.code}: ${rate.name}`);
    assert.equal(sheet.rates.find((r) => r.code === 'CNY')?.name, 'Китайский юань');
  });

  it('XML_daily_eng.asp (English names): every currency named in English', async () => {
    const sheet = await parseSheetAs('cbr', await offlineText(UPSTREAMS.cbrEng));
    assert.ok(sheet.rates.length > 30);
    for (const rate of sheet.rates) assert.ok(LATIN.test(rate.name) && !CYRILLIC.test(rate.name), `${rate.code}: ${rate.name}`);
    assert.equal(sheet.rates.find((r) => r.code === 'CNY')?.name, 'Yuan Renminbi');
  });

  it('XML_dynamic.asp: a history of the yuan', async () => {
    const series = await parseHistoryAs('cbr', await offlineText(`${UPSTREAMS.cbrDynamic}?VAL_NM_RQ=R01375`), 'CNY');
    assert.equal(series.code, 'CNY');
    assert.ok(series.points.length >= 2);
  });

  for (const [format, url, base] of [
    ['cbr-json', UPSTREAMS.cbrJson, 'RUB'],
    ['ecb', UPSTREAMS.ecb, 'EUR'],
    ['nbk', UPSTREAMS.nbk, 'KZT'],
    ['nbkr', UPSTREAMS.nbkr, 'KGS'],
    ['cbu', UPSTREAMS.cbu, 'UZS'],
    ['nbrb', UPSTREAMS.nbrb, 'BYN'],
  ] as const) {
    it(`${new URL(url).hostname}: a ${format} sheet in ${base}`, async () => {
      const sheet = await parseSheetAs(format, await offlineText(url));
      assert.equal(sheet.base, base);
      assert.ok(sheet.rates.length > 0);
    });
  }

  it('the mirror’s archive answers the day of each sheet it ships, under that day’s path', async () => {
    const archived = Object.keys(SNAPSHOTS).filter((key) => key.startsWith(new URL(UPSTREAMS.cbrJsonArchive).hostname + '/archive/'));
    assert.deepEqual(archived.sort(), ['www.cbr-xml-daily.ru/archive/2021/12/31/daily_json.js', 'www.cbr-xml-daily.ru/archive/2022/02/03/daily_json.js']);
    for (const key of archived) {
      const sheet = await parseSheetAs('cbr-json', await offlineText(`https://${key}`));
      assert.equal(sheet.date.replaceAll('-', '/'), key.match(/archive\/(\d{4}\/\d\d\/\d\d)\//)![1]);
    }
  });
});

/**
 * The day each offline document records, and why it is that day. The demo reads as one day per
 * language where the recorded documents allow it: the rates table and the converter (the Bank of
 * Russia sheet in the page's language) are the day the demo names. The fixtures hold only one
 * English sheet (13.12.2025) and no Russian sheet of that day, so the two languages show different
 * days; every other document is the only one of its kind on record, or the one nearest the day.
 */
const RECORDED_DAYS: [url: string, format: RatesFormat | 'cbr-history', day: string, why: string][] = [
  [UPSTREAMS.cbrEng, 'cbr', '2025-12-13', 'the demo’s day in English and every language but Russian: the only English sheet recorded'],
  [UPSTREAMS.cbr, 'cbr', '2021-08-21', 'the demo’s day in Russian: of the Russian sheets recorded, the one nearest the yuan history'],
  [UPSTREAMS.cbrDynamic, 'cbr-history', '2021-09-02', 'exception: the yuan history recorded nearest 21.08.2021 runs 28.08–02.09.2021'],
  [UPSTREAMS.cbrJson, 'cbr-json', '2022-02-03', 'exception: the mirror’s latest sheet; none of either demo day is recorded'],
  [UPSTREAMS.ecb, 'ecb', '2025-05-09', 'exception: the ECB sheet nearest 13.12.2025'],
  [UPSTREAMS.nbk, 'nbk', '2016-04-18', 'exception: the only National Bank of Kazakhstan sheet recorded'],
  [UPSTREAMS.nbkr, 'nbkr', '2022-07-18', 'exception: the newer of the two Kyrgyz sheets recorded'],
  [UPSTREAMS.cbu, 'cbu', '2022-08-05', 'exception: the newer of the two Uzbek sheets recorded'],
  [UPSTREAMS.nbrb, 'nbrb', '2022-02-28', 'exception: the only full National Bank of Belarus sheet recorded'],
];

describe('offline: the days the documents record', () => {
  for (const [url, format, day, why] of RECORDED_DAYS) {
    it(`${new URL(url).pathname} records ${day} (${why})`, async () => {
      const text = await offlineText(url);
      const date = format === 'cbr-history' ? (await parseHistoryAs('cbr', text, 'CNY')).points.at(-1)?.date : (await parseSheetAs(format, text)).date;
      assert.equal(date, day);
    });
  }

  it('every snapshot is either listed above or a dated archive path of the mirror or the sample headlines', () => {
    const listed = new Set(RECORDED_DAYS.map(([url]) => snapshotKey(new URL(url))));
    const archive = `${new URL(UPSTREAMS.cbrJsonArchive).hostname}/archive/`;
    const unlisted = Object.keys(SNAPSHOTS).filter((key) => !listed.has(key) && !key.startsWith(archive) && key !== snapshotKey(new URL(SAMPLE_HEADLINES_URL)));
    assert.deepEqual(unlisted, []);
  });
});
