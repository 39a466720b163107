/** The built-in languages' catalogues, assembled from their sections (the library never needs them whole). */
import * as capitals from '../../src/i18n/built-in/capitals.js';
import * as chart from '../../src/i18n/built-in/chart.js';
import * as clock from '../../src/i18n/built-in/clock.js';
import * as converter from '../../src/i18n/built-in/converter.js';
import * as dataStatus from '../../src/i18n/built-in/data-status.js';
import * as members from '../../src/i18n/built-in/members.js';
import * as sources from '../../src/i18n/built-in/sources.js';
import * as status from '../../src/i18n/built-in/status.js';
import * as table from '../../src/i18n/built-in/table.js';
import * as ticker from '../../src/i18n/built-in/ticker.js';
import type { Catalog } from '../../src/i18n/catalog.js';

const sections = { status, dataStatus, sources, table, converter, chart, clock, ticker, members, capitals };

export const SECTIONS = Object.keys(sections) as (keyof Catalog)[];

const catalog = (language: 'en' | 'ru' | 'zh'): Catalog =>
  Object.fromEntries(Object.entries(sections).map(([name, section]) => [name, section[language]])) as unknown as Catalog;

export const en = catalog('en');
export const ru = catalog('ru');
export const zh = catalog('zh');
