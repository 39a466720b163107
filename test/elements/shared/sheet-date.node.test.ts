import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatSheetDate } from '../../../src/elements/shared/rate-sheets.js';

describe('the date of a rates sheet in a caption', () => {
  it('is 13.12.2025 in every English locale, as the banks write it (no locale borrowed, no US month first)', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'en-IN', 'EN-us']) assert.equal(formatSheetDate('2025-12-13', locale), '13.12.2025', locale);
  });

  it('is each other language’s own numeric date', () => {
    assert.equal(formatSheetDate('2025-12-13', 'ru'), '13.12.2025');
    assert.equal(formatSheetDate('2025-12-13', 'zh'), '2025/12/13');
    assert.equal(formatSheetDate('2025-12-13', 'fa'), '۱۴۰۴/۰۹/۲۲');
  });

  it('keeps the calendar day whatever the time zone (a sheet date has no time)', () => {
    assert.equal(formatSheetDate('2021-08-21', 'ru'), '21.08.2021');
    assert.equal(formatSheetDate('2021-01-01', 'zh'), '2021/01/01');
  });
});
