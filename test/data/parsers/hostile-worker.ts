/**
 * Runs parsers on hostile documents inside a worker thread, so the test that starts it can put a
 * wall-clock guard around them: a parser that hangs is a worker that never answers, and the test
 * terminates it and fails instead of hanging itself.
 *
 * Two jobs: `parse` one given document, or `property`: fast-check generates documents (arbitrary
 * text, arbitrary JSON, and real fixtures mutated) for one parser and checks each result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { isDataError } from '../../../src/data/errors.js';
import { RATE_RANGE } from '../../../src/data/rate-range.js';
import { parseCbrDaily } from '../../../src/data/parsers/cbr-daily.js';
import { parseCbrDynamic } from '../../../src/data/parsers/cbr-dynamic.js';
import { parseCbrJson } from '../../../src/data/parsers/cbr-json.js';
import { parseCbu } from '../../../src/data/parsers/cbu.js';
import { parseRateHistory, parseRates } from '../../../src/data/parsers/detect.js';
import { parseEcb, parseEcbHistory } from '../../../src/data/parsers/ecb.js';
import { parseNbk } from '../../../src/data/parsers/nbk.js';
import { parseNbkr } from '../../../src/data/parsers/nbkr.js';
import { parseNbrb } from '../../../src/data/parsers/nbrb.js';
import type { Rate, RateSeries, RateSheet } from '../../../src/data/types.js';
import { fixtureText } from '../fixture.js';

export type Job = { kind: 'parse'; parser: ParserName; text: string } | { kind: 'property'; parser: ParserName; seed: number; runs: number };
export type Answer = { outcome: string; ms: number } | { ok: true; slowestMs: number } | { ok: false; failure: string };

const PARSERS = {
  'cbr-daily': parseCbrDaily,
  'cbr-dynamic': (text: string) => parseCbrDynamic(text, 'CNY'),
  'cbr-json': parseCbrJson,
  ecb: parseEcb,
  'ecb-history': (text: string) => parseEcbHistory(text, 'USD'),
  nbk: parseNbk,
  nbkr: parseNbkr,
  cbu: parseCbu,
  nbrb: parseNbrb,
  rates: parseRates,
  history: (text: string) => parseRateHistory(text, 'CNY'),
} satisfies Record<string, (text: string) => RateSheet | RateSeries>;
export type ParserName = keyof typeof PARSERS;

/** The real documents each parser's mutations start from. */
const FIXTURES: Record<ParserName, string[]> = {
  'cbr-daily': ['cbr/XML_daily_eng_2025-12-13.extracted.xml', 'cbr/XML_daily_2016-12-09.win1251.xml', 'cbr/XML_daily_2023-11-02.raw-win1251.vunitrate.xml'],
  'cbr-dynamic': ['cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml', 'cbr/XML_dynamic_CNY_2021-10-24_2021-10-27.raw.xml'],
  'cbr-json': ['cbr-xml-daily/daily_json_2022-02-03.json', 'cbr-xml-daily/daily_json_2021-12-31_fetched-2022-01-02.json'],
  ecb: ['ecb/eurofxref-daily_2025-05-09.xml', 'ecb/eurofxref-daily_2015-01-07.xml'],
  'ecb-history': ['ecb/eurofxref-hist-90d_2016-08.xml'],
  nbk: ['kz/nbk_rss_rates_all_2016-04-18.xml'],
  nbkr: ['kg/nbkr_daily_2019-09-13.xml', 'kg/nbkr_daily_2022-07-18.xml'],
  cbu: ['uz/cbu_all_2022-08-05.json'],
  nbrb: ['by/nbrb_rates_periodicity0_2022-02-28.json', 'by/nbrb_EUR_2020-03-07_old-cur-id-292.json'],
  rates: [
    'cbr/XML_daily_eng_2025-12-13.extracted.xml',
    'cbr-xml-daily/daily_json_2022-02-03.json',
    'ecb/eurofxref-daily_2025-05-09.xml',
    'kz/nbk_rss_rates_all_2016-04-18.xml',
    'uz/cbu_all_2022-08-05.json',
  ],
  history: ['cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml', 'ecb/eurofxref-hist-90d_2016-08.xml'],
};

/** Numbers and near-numbers that have broken rate parsers: zero, denormals, overflow, signs, not-numbers. */
const HOSTILE_NUMBERS = [
  '0',
  '-0',
  '5e-324',
  '1e-300',
  '1e300',
  '1e308',
  '1e400',
  '-1',
  'NaN',
  'Infinity',
  '',
  '1e9',
  '1e-9',
  '0,0000000001',
  '999999999999',
  '"1"',
  'null',
  '[]',
  '{}',
  '1.5',
];
/** Markup that has hung or crashed XML and HTML handling: comments, nesting, entities, DOCTYPEs, CDATA. */
const HOSTILE_MARKUP = [
  '<!---->',
  '<!--',
  '-->',
  '<a>',
  '</a>',
  '<!DOCTYPE html>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '&a;',
  '&#0;',
  '<![CDATA[',
  ']]>',
  '<?xml?>',
  '"',
  "'",
  '{',
  '[',
  '\uFEFF',
  '\u0000',
];

type Mutation = (text: string) => string;
const at = (text: string, fraction: number) => Math.floor(fraction * text.length);
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Replace one of the document's numbers with a hostile one.
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_NUMBERS)).map(([which, number]): Mutation => (text) => {
    const spots = [...text.matchAll(/\d+(?:[.,]\d+)?/g)];
    if (spots.length === 0) return text;
    const spot = spots[which % spots.length];
    return text.slice(0, spot.index) + number + text.slice(spot.index + spot[0].length);
  }),
  // Cut a piece out, or cut the document short.
  fc.tuple(fraction, fc.nat({ max: 400 })).map(
    ([start, length]): Mutation =>
      (text) =>
        text.slice(0, at(text, start)) + text.slice(at(text, start) + length),
  ),
  fraction.map(
    (end): Mutation =>
      (text) =>
        text.slice(0, at(text, end)),
  ),
  // Insert text, or markup repeated up to thousands of times.
  fc.tuple(fraction, fc.string({ maxLength: 40 })).map(
    ([where, inserted]): Mutation =>
      (text) =>
        text.slice(0, at(text, where)) + inserted + text.slice(at(text, where)),
  ),
  fc.tuple(fraction, fc.constantFrom(...HOSTILE_MARKUP), fc.integer({ min: 1, max: 5000 })).map(
    ([where, markup, times]): Mutation =>
      (text) =>
        text.slice(0, at(text, where)) + markup.repeat(times) + text.slice(at(text, where)),
  ),
  // Repeat a piece of the document (many rows, long values).
  fc.tuple(fraction, fc.nat({ max: 300 }), fc.integer({ min: 2, max: 200 })).map(([start, length, times]): Mutation => (text) => {
    const from = at(text, start);
    return text.slice(0, from) + text.slice(from, from + length).repeat(times) + text.slice(from + length);
  }),
);

function documents(parser: ParserName): fc.Arbitrary<string> {
  const fixtures = FIXTURES[parser].map(fixtureText);
  const mutated = fc
    .tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([text, mutations]) => mutations.reduce((doc, mutate) => mutate(doc), text));
  return fc.oneof(
    { arbitrary: mutated, weight: 6 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }), weight: 1 },
    { arbitrary: fc.json({ maxDepth: 6 }), weight: 1 },
  );
}

/** Everything a widget could show from a result: finite, positive, within range, whole nominals. */
function checkRate(rate: Pick<Rate, 'nominal' | 'value' | 'perUnit'>, where: string): void {
  for (const [name, value] of Object.entries({ value: rate.value, perUnit: rate.perUnit })) {
    if (!(value >= RATE_RANGE.min && value <= RATE_RANGE.max)) throw new Error(`${where}: ${name} ${value} is out of range`);
  }
  if (!Number.isInteger(rate.nominal) || rate.nominal < 1 || rate.nominal > 1e9) throw new Error(`${where}: nominal ${rate.nominal}`);
}

function checkResult(result: RateSheet | RateSeries): void {
  if ('rates' in result) {
    if (result.rates.length === 0) throw new Error('a sheet without rates');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(result.date)) throw new Error(`a sheet dated "${result.date}"`);
    for (const rate of [...result.rates, ...(result.previous ?? [])]) {
      if (!/^[A-Z]{3}$/.test(rate.code)) throw new Error(`a rate coded "${rate.code}"`);
      checkRate(rate, rate.code);
    }
  } else {
    if (result.points.length === 0) throw new Error('a series without points');
    for (const point of result.points) checkRate(point, point.date);
  }
  if (result.partial && !(result.partial.skipped >= 1 && result.partial.reasons.length <= 5)) throw new Error('a malformed partial mark');
}

/** What a parser made of a document: `ok`, or the code of the `DataError` it threw; anything else throws. */
function outcomeOf(parser: ParserName, text: string): string {
  try {
    checkResult(PARSERS[parser](text));
    return 'ok';
  } catch (error) {
    if (isDataError(error)) return error.code;
    throw new Error(`threw ${String(error)} instead of a DataError`, { cause: error });
  }
}

function run(job: Job): Answer {
  if (job.kind === 'parse') {
    const start = performance.now();
    const outcome = outcomeOf(job.parser, job.text);
    return { outcome, ms: performance.now() - start };
  }
  let slowestMs = 0;
  const property = fc.property(documents(job.parser), (text) => {
    const start = performance.now();
    outcomeOf(job.parser, text);
    slowestMs = Math.max(slowestMs, performance.now() - start);
  });
  const details = fc.check(property, { seed: job.seed, numRuns: job.runs });
  if (details.failed) {
    const shown = JSON.stringify(details.counterexample?.[0] ?? '').slice(0, 300);
    return { ok: false, failure: `seed ${job.seed}, path ${details.counterexamplePath}: ${String(details.errorInstance)}; document ${shown}` };
  }
  return { ok: true, slowestMs };
}

parentPort!.postMessage(run(workerData as Job));
