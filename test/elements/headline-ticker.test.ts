import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { configure, resetConfig } from '../../src/core/config.js';
import { registerSource } from '../../src/data/sources/index.js';
import { store } from '../../src/data/store.js';
import type { Feed, Headline } from '../../src/data/types.js';
import '../../src/elements/headline-ticker/define.js';
import type { ScoHeadlineTicker } from '../../src/elements/headline-ticker/sco-headline-ticker.js';
import { requestsFor, resetRequestCounts, trackTimers, until } from '../helpers/timers.js';

const PORTAL = '/fx/portal/headlines.rss';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string, within = '') => [...shadow(el).querySelectorAll<HTMLElement>(`${within} [part~="${name}"]`)];
/** The headlines a reader gets: the first copy in scroll mode, the whole list otherwise. */
const items = (el: Element) => parts(el, 'item').filter((item) => !item.closest('[aria-hidden="true"]'));
const texts = (list: Element[]) => list.map((e) => e.textContent!.trim());
const animations = (el: Element) => shadow(el).getAnimations();
const scrolling = async (el: ScoHeadlineTicker) => {
  await until(() => animations(el).length > 0, 5000, 'the ticker to scroll');
  return animations(el)[0];
};
const settled = async (el: ScoHeadlineTicker) => {
  await until(() => el.state !== 'loading', 8000, 'the ticker to settle');
  await el.updateComplete;
  return el;
};
const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });
const center = (e: Element): [number, number] => {
  const box = e.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};

/** A feed of `n` headlines, an hour apart, newest first. */
function feedOf(n: number, title = (i: number) => `Headline number ${i + 1}`): Feed {
  const start = Date.UTC(2025, 11, 13, 12);
  return {
    items: Array.from({ length: n }, (_, i): Headline => ({
      id: `h${i}`,
      title: title(i),
      url: `https://example.org/news/${i}`,
      published: new Date(start - i * 3_600_000).toISOString(),
    })),
  };
}

describe('<sco-headline-ticker>', () => {
  beforeEach(async () => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 1500 });
    await resetRequestCounts();
  });

  describe('headlines over HTTP', () => {
    it('<sco-headline-ticker src="portal headlines" time-zone="Europe/Moscow"> shows 10 dated links in the portal’s format', async () => {
      const el = await settled(
        await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL} time-zone="Europe/Moscow" lang="en"></sco-headline-ticker>`),
      );
      expect(el.getAttribute('state')).to.equal('ready');
      const list = items(el);
      expect(list).to.have.length(10);
      const first = list[0];
      const time = first.querySelector('time[part~="date"]')!;
      expect(time.textContent).to.equal('13.01.2020 14:10');
      expect(time.getAttribute('datetime')).to.equal('2020-01-13T11:10:00Z');
      const link = first.querySelector('a[part~="link"]')!;
      expect(link.textContent).to.equal('SCO Secretary-General meets with Turkmenistans Ambassador to China');
      expect(link.getAttribute('href')).to.equal('https://example.org/sco/news/1');
      expect(link.hasAttribute('target')).to.be.false;
      expect(link.hasAttribute('rel')).to.be.false;
      expect(texts(list.map((i) => i.querySelector('time')!))).to.deep.equal([
        '13.01.2020 14:10',
        '13.01.2020 13:58',
        '17.12.2019 11:28',
        '17.12.2019 11:14',
        '16.12.2019 13:38',
        '16.12.2019 13:27',
        '12.12.2019 13:35',
        '11.12.2019 13:58',
        '09.12.2019 18:17',
        '09.12.2019 15:05',
      ]);
      for (const t of parts(el, 'date')) expect(t.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    });

    it('scroll mode renders the list twice; the second copy is aria-hidden and inert', async () => {
      const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL} limit="4"></sco-headline-ticker>`));
      const copies = [...part(el, 'track')!.children];
      expect(copies).to.have.length(2);
      expect(copies[0].hasAttribute('aria-hidden')).to.be.false;
      expect(copies[1].getAttribute('aria-hidden')).to.equal('true');
      expect(copies[1].hasAttribute('inert')).to.be.true;
      expect(texts([...copies[1].querySelectorAll('[part~="link"]')])).to.deep.equal(texts([...copies[0].querySelectorAll('[part~="link"]')]));
    });

    it('limit="3" shows the three newest', async () => {
      const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL} limit="3" mode="list"></sco-headline-ticker>`));
      expect(items(el)).to.have.length(3);
    });

    it('mode="list" is a static dated list, newest first, with every headline of the feed up to the limit', async () => {
      const el = await settled(
        await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL} mode="list" limit="18" time-zone="Europe/Moscow"></sco-headline-ticker>`),
      );
      expect(part(el, 'list')!.tagName).to.equal('UL');
      expect(part(el, 'track')).to.be.null;
      expect(part(el, 'pause-button')).to.be.null;
      expect(animations(el)).to.have.length(0);
      const stamps = parts(el, 'date').map((t) => Date.parse(t.getAttribute('datetime')!));
      expect(stamps).to.have.length(18);
      expect(stamps).to.deep.equal([...stamps].sort((a, b) => b - a));
      expect(parts(el, 'date').at(-1)!.textContent).to.equal('14.04.2011 15:08');
    });

    it('sorts a feed given out of order, newest first; undated headlines last', async () => {
      const feed = feedOf(4);
      const shuffled: Feed = { items: [feed.items[2], { id: 'x', title: 'Undated' }, feed.items[0], feed.items[3], feed.items[1]] };
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${shuffled} mode="list"></sco-headline-ticker>`);
      expect(texts(parts(el, 'link'))).to.deep.equal(['Headline number 1', 'Headline number 2', 'Headline number 3', 'Headline number 4', 'Undated']);
      expect(items(el).at(-1)!.querySelector('time')).to.be.null;
    });

    const formats: Array<[string, string | undefined, string]> = [
      ['yyyy-MM-dd HH:mm', 'Asia/Shanghai', '2020-01-13 19:10'],
      ['HH:mm', 'Asia/Kolkata', '16:40'],
      ["d LLL yyyy 'at' h:mm a", 'UTC', '13 Jan 2020 at 11:10 AM'],
      ['dd.MM.yyyy HH:mm', 'Not/AZone', ''],
    ];
    for (const [format, zone, expected] of formats) {
      it(`date-format="${format}" time-zone="${zone}" → ${expected || 'the viewer’s zone'}`, async () => {
        const el = await settled(
          await fixture<ScoHeadlineTicker>(
            html`<sco-headline-ticker src=${PORTAL} mode="list" limit="1" lang="en" date-format=${format} time-zone=${zone!}></sco-headline-ticker>`,
          ),
        );
        const text = part(el, 'date')!.textContent;
        if (expected) expect(text).to.equal(expected);
        else expect(text).to.match(/^\d\d\.\d\d\.2020 \d\d:\d\d$/);
      });
    }

    it('fires sco-load with the feed once the headlines are shown; three tickers make one request', async () => {
      const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('sco-load', (e) => resolve(e as CustomEvent), { once: true }));
      const wrap = await fixture(html`<div>
        <sco-headline-ticker src=${PORTAL}></sco-headline-ticker>
        <sco-headline-ticker src=${PORTAL} mode="list"></sco-headline-ticker>
        <sco-headline-ticker src=${PORTAL} mode="rotate"></sco-headline-ticker>
      </div>`);
      const event = await loaded;
      expect((event.detail as Feed).items).to.have.length(18);
      expect(parts(event.target as Element, 'item').length).to.be.greaterThan(0);
      for (const el of wrap.querySelectorAll('sco-headline-ticker')) await settled(el as ScoHeadlineTicker);
      expect(await requestsFor(PORTAL)).to.equal(1);
    });

    it('resolves relative links against the feed’s own address', async () => {
      const rss =
        '<rss version="2.0"><channel><title>t</title><item><title>A</title><link>story/1.html</link></item><item><title>B</title><link>/top.html</link></item></channel></rss>';
      const asked: string[] = [];
      configure({ fetch: async (input) => (asked.push(String(input)), new Response(rss, { headers: { 'content-type': 'application/rss+xml' } })) });
      const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src="/news/feeds/main.rss" mode="list"></sco-headline-ticker>`));
      expect(asked).to.deep.equal([`${location.origin}/news/feeds/main.rss`]);
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.have.members([
        `${location.origin}/news/feeds/story/1.html`,
        `${location.origin}/top.html`,
      ]);
    });

    it('source="name" uses a registered source', async () => {
      registerSource('test-feed', { name: 'test-feed', load: async () => feedOf(2) });
      const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker source="test-feed" mode="list"></sco-headline-ticker>`));
      expect(texts(parts(el, 'link'))).to.deep.equal(['Headline number 1', 'Headline number 2']);
    });
  });

  describe('links and text', () => {
    it('target="_blank" adds rel="noopener noreferrer"; target="_self" does not', async () => {
      const blank = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(2)} target="_blank" mode="list"></sco-headline-ticker>`);
      for (const a of parts(blank, 'link')) {
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }
      const self = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(1)} target="_self" mode="list"></sco-headline-ticker>`);
      expect(part(self, 'link')!.hasAttribute('rel')).to.be.false;
    });

    it('markup in a title is shown as text, never rendered', async () => {
      const title = '<img src=x onerror="window.__tickerXss=1"><b>bold</b>';
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(1, () => title)}></sco-headline-ticker>`);
      await frames();
      expect(part(el, 'link')!.textContent).to.equal(title);
      expect(shadow(el).querySelector('img, b')).to.be.null;
      expect((window as { __tickerXss?: number }).__tickerXss).to.be.undefined;
    });

    it('.data with javascript:, data: and relative links: only http(s) reach an href', async () => {
      const feed: Feed = {
        items: [
          { id: '1', title: 'script', url: 'javascript:alert(1)' },
          { id: '2', title: 'spaced script', url: ' JaVaScRiPt:alert(1)' },
          { id: '3', title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
          { id: '4', title: 'relative', url: '/news/4' },
          { id: '5', title: 'fine', url: 'https://example.org/5' },
        ],
      };
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feed} mode="list"></sco-headline-ticker>`);
      const hrefs = parts(el, 'link').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([null, null, null, new URL('/news/4', document.baseURI).href, 'https://example.org/5']);
    });

    it('leaves out entries without title text (they would be empty links)', async () => {
      const feed: Feed = {
        items: [
          { id: '1', title: ' ', url: 'https://example.org/1' },
          { id: '2', title: 'Real', url: 'https://example.org/2' },
        ],
      };
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feed} mode="list"></sco-headline-ticker>`);
      expect(texts(parts(el, 'link'))).to.deep.equal(['Real']);
      const untitled = await settled(
        await fixture<ScoHeadlineTicker>(
          html`<sco-headline-ticker src="/fx/feedparser/wellformed__sanitize__entry_content_onclick.xml" lang="en"></sco-headline-ticker>`,
        ),
      );
      expect(untitled.state).to.equal('ready');
      expect(part(untitled, 'status')!.textContent).to.equal('No headlines yet.');
      await expect(untitled).to.be.accessible();
    });

    const hostile = [
      'wellformed__base__unsafe_base.xml',
      'wellformed__sanitize__feed_title_unacceptable_uri.xml',
      'wellformed__sanitize__entry_content_script.xml',
      'wellformed__sanitize__entry_content_script_cdata.xml',
      'wellformed__sanitize__entry_content_crazy.xml',
      'wellformed__sanitize__entry_content_onclick.xml',
      'wellformed__sanitize__entry_content_iframe.xml',
      'illformed__rss_item_link_corrupted_ampersands.xml',
    ];
    for (const file of hostile) {
      it(`feedparser ${file}: no script, no non-http(s) href in the DOM`, async () => {
        const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${`/fx/feedparser/${file}`}></sco-headline-ticker>`));
        expect(['ready', 'error']).to.include(el.state);
        expect(shadow(el).querySelector('script, iframe, img, [onclick], [onerror], [onload]')).to.be.null;
        for (const a of shadow(el).querySelectorAll('[href]')) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
        expect(shadow(el).innerHTML).not.to.match(/javascript:/i);
      });
    }
  });

  describe('feeds from the real web (issue 14): what the reader sees', () => {
    const WRITTEN = '/fx/written';
    const CONFORMANCE = '/fx/feedparser-conformance';
    const list = async (src: string) =>
      settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${src} mode="list" lang="en" time-zone="UTC"></sco-headline-ticker>`));
    const links = (el: Element) => parts(el, 'link');
    /** Elements a browser makes of a text if a page put it into innerHTML: none it knows may appear. */
    const knownElementsIn = (text: string) =>
      [...new DOMParser().parseFromString(text, 'text/html').body.querySelectorAll('*')]
        .filter((e) => !(e instanceof HTMLUnknownElement))
        .map((e) => e.localName);

    it('1. numeric references in link, guid and date (WordPress’s &#038;): the query keeps its &, the date shows', async () => {
      const el = await list(`${WRITTEN}/wordpress-numeric-references.rss`);
      expect(texts(links(el))).to.deep.equal(['Summit opens in Astana \u2013 delegations arrive']);
      expect(links(el)[0]!.getAttribute('href')).to.equal('https://example.org/blog/?p=101&lang=en');
      expect(part(el, 'date')!.textContent).to.equal('13.01.2020 11:10');
    });

    it('2. escaped text that looks like a tag shows as written; escaped markup does not render', async () => {
      const el = await list(`${WRITTEN}/escaped-markup.rss`);
      expect(texts(links(el)).slice(0, 3)).to.deep.equal(["Nice <gorilla> what's he weigh?", 'RSS <<<Tutorial>>>', 'Bold news']);
      expect(shadow(el).querySelector('img, b, gorilla')).to.be.null;
      for (const text of texts(links(el))) expect(knownElementsIn(text)).to.deep.equal([]);
      expect((window as { __feedXss?: number }).__feedXss).to.be.undefined;
    });

    it('2. Atom type="xhtml" with an escaped <blink>: "History of the <blink> tag"', async () => {
      const atom =
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><link href="https://example.org/b"/><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">History of the &lt;blink&gt; tag</div></title></entry></feed>';
      configure({ fetch: async () => new Response(atom, { headers: { 'content-type': 'application/atom+xml' } }) });
      const el = await list('/news/blink.atom');
      expect(texts(links(el))).to.deep.equal(['History of the <blink> tag']);
    });

    it('3. RSS 2.0 in a namespace under a prefix (feedparser rss2.0NSwithModulesNoDefNS): its item shows', async () => {
      const el = await list(`${CONFORMANCE}/wellformed__namespace__rss2.0NSwithModulesNoDefNS.xml`);
      expect(texts(links(el))).to.deep.equal(['Test Item - - RSS2.0 w/ NS no default NS']);
      expect(links(el)[0]!.getAttribute('href')).to.equal('http://www.pocketsoap.com/weblog/rssTests/rss2.0withModulesNoDefNS.xml#1');
    });

    it('4. .NET’s a10:link: every headline is a link, the relative one resolved against the feed', async () => {
      const el = await list(`${WRITTEN}/dotnet-a10-link.rss`);
      expect(texts(links(el))).to.deep.equal(['First headline', 'Second headline']);
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/news/1', `${location.origin}/news/2`]);
      expect(texts(parts(el, 'date'))).to.deep.equal(['13.01.2020 11:10', '12.01.2020 11:10']);
    });

    it('5. HTML named references beyond Latin-1: → ♥ λ ∀', async () => {
      const el = await list(`${WRITTEN}/escaped-markup.rss`);
      expect(texts(links(el))[3]).to.equal('Next \u2192 \u2665 \u03bb \u2200');
    });

    it('6. UTF-16 without a byte order mark, served without a charset: the Cyrillic headline reads', async () => {
      const el = await list(`${WRITTEN}/utf16le-no-bom.rss`);
      expect(el.state).to.equal('ready');
      expect(texts(links(el))).to.deep.equal(['Новости ШОС из Ташкента']);
    });

    it('7. entities declared in the DOCTYPE: the plain-text one expands, the nested one shows no raw reference', async () => {
      const el = await list(`${WRITTEN}/doctype-entities.rss`);
      expect(texts(links(el))).to.deep.equal(['Shanghai Cooperation Organisation summit opens', 'Laughs:']);
      expect(shadow(el).textContent).not.to.contain('&');
    });

    it('8. a feed cut short after its third item: three headlines, and sco-load says partial', async () => {
      let loaded: Feed | undefined;
      const el = await settled(
        await fixture<ScoHeadlineTicker>(
          html`<sco-headline-ticker src=${`${PORTAL}?truncate=1100`} mode="list" @sco-load=${(e: CustomEvent<Feed>) => (loaded = e.detail)}></sco-headline-ticker>`,
        ),
      );
      expect(el.state).to.equal('ready');
      expect(links(el)).to.have.length(3);
      expect(texts(links(el))[0]).to.equal('SCO Secretary-General meets with Turkmenistans Ambassador to China');
      expect(loaded?.partial).to.equal(true);
    });

    it('issue 13: <<<<<x>x>x>x>img …> in a JSON Feed title is text: shown as written, no element made of it, no handler run', async () => {
      const el = await list(`${WRITTEN}/rejoining-tags.json`);
      // JSON Feed titles are plain text (issue 27): the page shows the characters, as text.
      expect(texts(links(el))).to.deep.equal(['<<<<<x>x>x>x>img src=x onerror=window.__feedXss=1>', '<<b>img src=x onerror=window.__feedXss=2>after']);
      for (const link of links(el)) expect(link.children).to.have.length(0);
      expect(shadow(el).querySelector('img, b, x')).to.be.null;
      await frames();
      expect((window as { __feedXss?: number }).__feedXss).to.be.undefined;
    });
  });

  describe('scrolling', () => {
    afterEach(async () => {
      await resetMouse();
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('runs a linear, endless transform animation that moves the track by exactly one copy’s width', async () => {
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(5)}></sco-headline-ticker>`);
      const animation = await scrolling(el);
      const effect = animation.effect as KeyframeEffect;
      expect(effect.target).to.equal(part(el, 'track'));
      expect(effect.getTiming().iterations).to.equal(Infinity);
      expect(effect.getTiming().easing).to.equal('linear');
      const copy = part(el, 'track')!.firstElementChild!;
      const frames = effect.getKeyframes();
      expect(frames[0].transform).to.equal('translateX(0px)');
      const end = /^translateX\((-?[\d.]+)px\)$/.exec(String(frames.at(-1)!.transform))!;
      expect(Number(end[1])).to.be.closeTo(-copy.getBoundingClientRect().width, 0.01);
      expect(animation.playState).to.equal('running');
      expect(part(el, 'track')!.hasAttribute('style')).to.be.false;
      expect(shadow(el).querySelector('[style]')).to.be.null;
    });

    it('dir="rtl" scrolls the other way', async () => {
      const wrap = await fixture(html`<div dir="rtl"><sco-headline-ticker .data=${feedOf(5)}></sco-headline-ticker></div>`);
      const el = wrap.firstElementChild as ScoHeadlineTicker;
      const last = (a: Animation) => String((a.effect as KeyframeEffect).getKeyframes().at(-1)!.transform);
      expect(last(await scrolling(el))).to.match(/^translateX\(\d+(\.\d+)?px\)$/);
      wrap.setAttribute('dir', 'ltr');
      await until(() => last(animations(el)[0]).startsWith('translateX(-'), 2000, 'the direction to flip');
    });

    it('keeps the speed whatever the width: duration / width = 1 / speed', async () => {
      const widths: number[] = [];
      for (const [n, speed] of [
        [2, 60],
        [18, 60],
        [2, 150],
        [18, 150],
      ] as const) {
        const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(n)} speed=${speed}></sco-headline-ticker>`);
        const animation = await scrolling(el);
        const width = part(el, 'track')!.firstElementChild!.getBoundingClientRect().width;
        const duration = Number(animation.effect!.getTiming().duration);
        widths.push(width);
        expect(duration / width).to.be.closeTo(1000 / speed, 1e-6);
      }
      // The two feeds really are of very different size.
      expect(widths[1] / widths[0]).to.be.greaterThan(3);
    });

    it('a new speed retimes the running animation in place', async () => {
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(6)}></sco-headline-ticker>`);
      const animation = await scrolling(el);
      const duration = Number(animation.effect!.getTiming().duration);
      animation.currentTime = duration / 4;
      el.speed = 120;
      await el.updateComplete;
      expect(animations(el)).to.deep.equal([animation]);
      expect(Number(animation.effect!.getTiming().duration)).to.be.closeTo(duration / 2, 1e-6);
      // Still a quarter of the way along: the track did not jump.
      expect(Number(animation.currentTime)).to.be.closeTo(duration / 8, 50);
    });

    it('a short feed still fills the viewport, so the loop never shows an empty stretch', async () => {
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(1, () => 'Short')}></sco-headline-ticker>`);
      await scrolling(el);
      const copy = part(el, 'track')!.firstElementChild!.getBoundingClientRect().width;
      const viewport = part(el, 'viewport')!.getBoundingClientRect().width;
      expect(copy).to.be.at.least(viewport - 1);
    });

    it('new headlines swap in without a jump: the offset carries over', async () => {
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(6)}></sco-headline-ticker>`);
      const animation = await scrolling(el);
      animation.currentTime = 4000;
      const before = Number(animation.currentTime);
      el.data = feedOf(9, (i) => `Refreshed headline ${i + 1}`);
      await el.updateComplete;
      await frames();
      expect(animations(el)).to.deep.equal([animation]);
      const after = Number(animation.currentTime);
      // Same speed, so the same time is the same pixel offset (plus the frames that passed).
      expect(after).to.be.within(before, before + 200);
      expect(animation.playState).to.equal('running');
    });

    it('refresh() over HTTP keeps the animation and its position', async () => {
      const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL}></sco-headline-ticker>`));
      const animation = await scrolling(el);
      animation.currentTime = 5000;
      await el.refresh();
      await frames();
      expect(await requestsFor(PORTAL)).to.equal(2);
      expect(animations(el)).to.deep.equal([animation]);
      expect(Number(animation.currentTime)).to.be.at.least(5000);
    });

    it('pauses while the pointer is over the headlines and resumes when it leaves', async () => {
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(5)}></sco-headline-ticker>`);
      const animation = await scrolling(el);
      await sendMouse({ type: 'move', position: center(part(el, 'viewport')!) });
      expect(animation.playState).to.equal('paused');
      await sendMouse({ type: 'move', position: [center(el)[0], Math.round(el.getBoundingClientRect().bottom + 40)] });
      expect(animation.playState).to.equal('running');
    });

    it('pauses while a headline has keyboard focus, and brings each focused headline into view', async () => {
      const wrap = await fixture(
        html`<div style="width: 320px"><button id="before">before</button><sco-headline-ticker .data=${feedOf(8)}></sco-headline-ticker><button id="after">after</button></div>`,
      );
      const el = wrap.querySelector('sco-headline-ticker')!;
      const animation = await scrolling(el);
      const viewport = part(el, 'viewport')!;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        await frames();
        const focused = shadow(el).activeElement!;
        expect(focused).to.equal(parts(el, 'link')[i]);
        expect(animation.playState).to.equal('paused');
        // The viewport clips and never scrolls; the track moves the headline's start to the start edge.
        expect(viewport.scrollLeft).to.equal(0);
        const box = focused.closest('[part~="item"]')!.getBoundingClientRect();
        const edge = viewport.getBoundingClientRect();
        expect(box.left).to.be.closeTo(edge.left, 1);
      }
      wrap.querySelector<HTMLButtonElement>('#after')!.focus();
      expect(animation.playState).to.equal('running');
    });

    it('the pause button is reached with Tab and toggles with Enter and Space (aria-pressed)', async () => {
      const wrap = await fixture(html`<div><button id="before">before</button><sco-headline-ticker .data=${feedOf(1)}></sco-headline-ticker></div>`);
      const el = wrap.querySelector('sco-headline-ticker')!;
      const animation = await scrolling(el);
      const button = part(el, 'pause-button')! as HTMLButtonElement;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(button.textContent!.trim()).to.equal('Pause headlines');
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' }); // the headline
      await sendKeys({ press: 'Tab' }); // the button
      expect(shadow(el).activeElement).to.equal(button);
      expect(animation.playState).to.equal('running');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(animation.playState).to.equal('paused');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(animation.playState).to.equal('running');
    });

    it('paused by the button, it stays paused after hover and focus end', async () => {
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(4)}></sco-headline-ticker>`);
      const animation = await scrolling(el);
      part(el, 'pause-button')!.click();
      await el.updateComplete;
      await sendMouse({ type: 'move', position: center(part(el, 'viewport')!) });
      await sendMouse({ type: 'move', position: [5, Math.round(el.getBoundingClientRect().bottom + 40)] });
      expect(animation.playState).to.equal('paused');
    });

    it('prefers-reduced-motion: reduce shows a static list with no animation and no button', async () => {
      const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(4)}></sco-headline-ticker>`);
      await scrolling(el);
      await emulateMedia({ reducedMotion: 'reduce' });
      await until(() => !!part(el, 'list'), 2000, 'the static list');
      expect(animations(el)).to.have.length(0);
      expect(part(el, 'track')).to.be.null;
      expect(part(el, 'pause-button')).to.be.null;
      expect(items(el)).to.have.length(4);
      await emulateMedia({ reducedMotion: 'no-preference' });
      await scrolling(el);
    });

    it('removing the ticker leaves no animation, timer or observer running', async () => {
      const timers = trackTimers();
      try {
        const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL}></sco-headline-ticker>`));
        const animation = await scrolling(el);
        expect(timers.pending).to.equal(1); // the store's refresh
        el.remove();
        expect(timers.pending).to.equal(0);
        expect(animation.playState).to.equal('idle');
        expect(animations(el)).to.have.length(0);
        expect(document.getAnimations()).to.have.length(0);
        // Put back, it starts again from its kept shadow DOM.
        document.body.append(el);
        await scrolling(el);
        el.remove();
      } finally {
        timers.restore();
      }
    });
  });

  describe('mode="rotate"', () => {
    /** Captures the rotation timer so the test decides when it fires. */
    function holdRotation() {
      const real = window.setTimeout;
      const held: Array<() => void> = [];
      window.setTimeout = ((fn: () => void, ms?: number) => {
        if (ms === 5000) {
          held.push(fn);
          return -held.length;
        }
        return real(fn, ms);
      }) as typeof window.setTimeout;
      return {
        fire: () => held.splice(0).forEach((fn) => fn()),
        get count() {
          return held.length;
        },
        restore: () => (window.setTimeout = real),
      };
    }

    it('shows one headline at a time and moves to the next one, fading it in', async () => {
      const clock = holdRotation();
      try {
        const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(3)} mode="rotate"></sco-headline-ticker>`);
        expect(texts(parts(el, 'link'))).to.deep.equal(['Headline number 1']);
        expect(clock.count).to.equal(1);
        clock.fire();
        await el.updateComplete;
        expect(texts(parts(el, 'link'))).to.deep.equal(['Headline number 2']);
        expect(part(el, 'item')!.getAnimations()[0]?.effect).to.exist;
        clock.fire();
        await el.updateComplete;
        clock.fire();
        await el.updateComplete;
        expect(texts(parts(el, 'link'))).to.deep.equal(['Headline number 1']);
      } finally {
        clock.restore();
      }
    });

    it('stops turning while paused by the button, and when removed', async () => {
      const timers = trackTimers();
      try {
        const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${feedOf(3)} mode="rotate"></sco-headline-ticker>`);
        expect(timers.pending).to.equal(1);
        part(el, 'pause-button')!.click();
        await el.updateComplete;
        expect(timers.pending).to.equal(0);
        expect(part(el, 'track')!.getAttribute('aria-live')).to.equal('polite');
        part(el, 'pause-button')!.click();
        await el.updateComplete;
        expect(timers.pending).to.equal(1);
        el.remove();
        expect(timers.pending).to.equal(0);
      } finally {
        timers.restore();
      }
    });
  });

  describe('errors', () => {
    const failures: Array<[string, string, string]> = [
      ['an HTTP 500', `${PORTAL}?status=500`, 'could not be loaded'],
      ['a feed cut before its first complete item', `${PORTAL}?truncate=400`, 'unsupported format'],
      ['an HTML page', '/fx/rss-parser/input/unrecognized.rss?ct=text/html', 'unsupported format'],
      ['a rates document, not a feed', '/fx/ecb/eurofxref-daily_2025-05-09.xml', 'unsupported format'],
      ['a missing feed (404)', '/fx/portal/none.rss', 'could not be loaded'],
    ];
    for (const [what, src, message] of failures) {
      it(`${what} ends in state="error" with a visible message and sco-error`, async () => {
        let detail: { error: Error; stale: boolean } | undefined;
        const el = await settled(
          await fixture<ScoHeadlineTicker>(
            html`<sco-headline-ticker src=${src} lang="en" @sco-error=${(e: CustomEvent) => (detail = e.detail)}></sco-headline-ticker>`,
          ),
        );
        expect(el.getAttribute('state')).to.equal('error');
        const status = part(el, 'status')!;
        expect(status.textContent).to.contain(message);
        expect(status.getAttribute('role')).to.equal('alert');
        expect(detail?.stale).to.equal(false);
        expect(items(el)).to.have.length(0);
        expect(animations(el)).to.have.length(0);
      });
    }

    it('no feed at all is a clear error; an empty feed says so', async () => {
      const none = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker></sco-headline-ticker>`);
      expect(none.state).to.equal('error');
      expect(part(none, 'status')!.textContent).to.equal('Set the src attribute to the URL of a feed (or source to a registered source).');
      const empty = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker .data=${{ items: [] }} lang="en"></sco-headline-ticker>`);
      expect(empty.state).to.equal('ready');
      expect(part(empty, 'status')!.textContent).to.equal('No headlines yet.');
    });
  });

  describe('accessibility', () => {
    for (const mode of ['scroll', 'list', 'rotate'] as const) {
      for (const [theme, dir, lang] of [
        ['light', 'ltr', 'en'],
        ['dark', 'ltr', 'ru'],
        ['light', 'rtl', 'fa'],
        ['dark', 'rtl', 'fa'],
      ] as const) {
        it(`mode="${mode}" passes axe in ${theme}, ${dir}`, async () => {
          const wrap = await fixture(
            html`<div dir=${dir} lang=${lang}><sco-headline-ticker src=${PORTAL} mode=${mode} theme=${theme} target="_blank"></sco-headline-ticker></div>`,
          );
          const el = await settled(wrap.firstElementChild as ScoHeadlineTicker);
          expect(part(el, 'base')!.getAttribute('dir')).to.equal(dir);
          // A headline that is fading in (rotate) is read once it is in: axe would see its colour half there.
          await Promise.all(
            el
              .shadowRoot!.getAnimations()
              .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
              .map((animation) => animation.finished),
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
