import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { parseFeed, parseFeedDate } from '../../../src/data/feeds/index.js';
import { assertSafe, fixtureText } from './feed-fixtures.js';

/** The portal's headline list as RSS (test/fixtures/portal/headlines.rss): Moscow times, given in GMT. */
describe('portal headlines.rss', () => {
  const feed = parseFeed(fixtureText('portal/headlines.rss'), 'https://example.org/sco/rss');

  it('has the 18 headlines of the page, newest first, each with a link and a date', () => {
    assert.equal(feed.title, 'SCO news (sample)');
    assert.equal(feed.items.length, 18);
    for (const item of feed.items) {
      assert.match(item.url ?? '', /^https:\/\/example\.org\/sco\/news\/\d+$/);
      assert.ok(item.published);
    }
    const times = feed.items.map((item) => Date.parse(item.published!));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    assertSafe(feed);
  });

  it('first headline: its title, and the page’s "13.01.2020 14:10" (Moscow) as its instant', () => {
    const first = feed.items[0]!;
    assert.equal(first.id, 'sco-sample-1');
    assert.equal(first.title, 'SCO Secretary-General meets with Turkmenistans Ambassador to China');
    assert.equal(first.published, '2020-01-13T11:10:00.000Z');
    assert.equal(parseFeedDate('13.01.2020 14:10'), first.published);
  });

  it('the page’s dd.MM.yyyy HH:mm is Moscow time, with the zone’s rules of the day (UTC+4 in 2011)', () => {
    // The oldest headline, 14.04.2011 15:08 on the page: Moscow kept summer time all year then.
    assert.equal(parseFeedDate('14.04.2011 15:08'), feed.items[17]!.published);
    assert.equal(parseFeedDate('14.04.2011 15:08'), '2011-04-14T11:08:00.000Z');
    // Every pubDate, shown back in Moscow time the way the page shows it, reads back to itself.
    for (const item of feed.items) {
      const shown = DateTime.fromISO(item.published!, { zone: 'Europe/Moscow' }).toFormat('dd.MM.yyyy HH:mm');
      assert.equal(parseFeedDate(shown), item.published, shown);
    }
  });

  it('dotted dates: seconds, 2-digit years (nationalbank.kz writes dd.mm.yy), another zone, impossible dates', () => {
    assert.equal(parseFeedDate('13.01.2020 14:10:30'), '2020-01-13T11:10:30.000Z');
    assert.equal(parseFeedDate('31.12.13'), '2013-12-30T20:00:00.000Z');
    assert.equal(parseFeedDate('13.01.2020 14:10', 'Asia/Tashkent'), '2020-01-13T09:10:00.000Z');
    assert.equal(parseFeedDate('31.02.2020 14:10'), undefined);
    assert.equal(parseFeedDate('13.01.2020 25:10'), undefined);
  });
});
