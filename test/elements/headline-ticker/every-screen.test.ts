import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { configure, resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import '../../../src/elements/headline-ticker/define.js';
import type { ScoHeadlineTicker, TickerMode } from '../../../src/elements/headline-ticker/sco-headline-ticker.js';
import { backgroundOf, contrast, forcedColors, realColors } from '../../helpers/contrast.js';
import { until } from '../../helpers/timers.js';

const PORTAL = '/fx/portal/headlines.rss';
/** A real BBC feed in Urdu (Perso-Arabic script): some titles open with a quotation mark, not a letter. */
const URDU = '/fx/miniflux/urdu_UTF8.xml';
const MODES: TickerMode[] = ['scroll', 'rotate', 'list'];

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const running = (el: Element) =>
  shadow(el)
    .getAnimations()
    .filter((a) => a.playState === 'running');
/** The links a reader gets: the first copy in scroll mode, all of them otherwise; none of the invisible placeholder. */
const links = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="link"]')].filter((a) => !a.closest('[aria-hidden="true"], .placeholder'));
const settled = async (el: ScoHeadlineTicker) => {
  await until(() => el.state !== 'loading' && links(el).length > 0, 8000, 'the headlines');
  await el.updateComplete;
  return el;
};

/** Where a character of a link's text is drawn. */
function charBox(link: Element, index: number): DOMRect {
  const text = [...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect();
}

describe('<sco-headline-ticker> on every screen (issue 24)', () => {
  beforeEach(() => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 3000 });
  });

  describe('headlines keep their own direction', () => {
    const feeds = [
      ['English headlines', PORTAL, 'ltr'],
      ['Urdu headlines', URDU, 'rtl'],
    ] as const;
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['fa', 'rtl'],
      ['en', 'ltr'],
    ] as const) {
      for (const [what, src, own] of feeds) {
        for (const mode of MODES) {
          it(`${what} in a ${lang} page (dir="${dir}"), mode="${mode}": each title reads ${own}, starts at its inline-start edge and is cut at its end`, async () => {
            const wrap = await fixture(
              html`<div lang=${lang} dir=${dir} style="width: 320px"><sco-headline-ticker src=${src} mode=${mode} limit="18"></sco-headline-ticker></div>`,
            );
            const el = await settled(wrap.firstElementChild as ScoHeadlineTicker);
            expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal(dir);
            const shown = links(el);
            expect(shown.length).to.be.greaterThan(0);
            let cut = 0;
            for (const link of shown) {
              expect(getComputedStyle(link).direction, link.textContent!).to.equal(own);
              const box = link.getBoundingClientRect();
              const first = charBox(link, 0);
              // The title's first character is drawn, at the start edge of the link's box.
              if (own === 'ltr') expect(first.left, link.textContent!).to.be.closeTo(box.left, 1);
              else expect(first.right, link.textContent!).to.be.closeTo(box.right, 1);
              expect(first.top).to.be.at.least(box.top - 1);
              expect(first.bottom).to.be.at.most(box.bottom + 1);
              // A title that does not fit loses its end: its last character lies beyond the box's end edge or below it.
              const clipped = link.scrollWidth > link.clientWidth + 1 || link.scrollHeight > link.clientHeight + 1;
              if (!clipped) continue;
              cut++;
              const last = charBox(link, link.textContent!.length - 1);
              const beyondEnd = own === 'ltr' ? last.left >= box.right - 1 : last.right <= box.left + 1;
              expect(beyondEnd || last.top >= box.bottom - 1, `the end of "${link.textContent}" is cut`).to.be.true;
            }
            // In a 320 px box the one-line and the two-line views cut some titles off; the moving line never does.
            if (mode !== 'scroll') expect(cut, 'titles cut off').to.be.greaterThan(0);
          });
        }
      }
    }

    it('every title is marked dir="auto" with the whole title as its tooltip; the ticker shows no other text from the feed', async () => {
      const wrap = await fixture(html`<div lang="ar" dir="rtl"><sco-headline-ticker src=${PORTAL} mode="list" limit="2"></sco-headline-ticker></div>`);
      const el = await settled(wrap.firstElementChild as ScoHeadlineTicker);
      for (const link of links(el)) {
        expect(link.getAttribute('dir')).to.equal('auto');
        expect(link.getAttribute('title')).to.equal(link.textContent);
      }
      // The ticker shows no other text from the feed: no summary, no feed title.
      const feedText = shadow(el).querySelector('[part~="list"]')!.textContent!.replace(/\s+/g, ' ');
      const titlesAndDates = [...shadow(el).querySelectorAll('[part~="item"]')].map((i) => i.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
      expect(feedText.trim()).to.equal(titlesAndDates);
    });
  });
  describe('phones and narrow sidebars', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    for (const lang of ['en', 'zh', 'ar']) {
      for (const mode of MODES) {
        it(`mode="${mode}" in ${lang} fits a 320 px box and a 360 px screen without sideways scroll`, async () => {
          await setViewport({ width: 360, height: 640 });
          const dir = lang === 'ar' ? 'rtl' : 'ltr';
          const wrap = await fixture(html`<div lang=${lang} dir=${dir}>
            <div style="width: 320px"><sco-headline-ticker src=${PORTAL} mode=${mode}></sco-headline-ticker></div>
            <sco-headline-ticker src=${PORTAL} mode=${mode}></sco-headline-ticker>
          </div>`);
          const [boxed, full] = [...wrap.querySelectorAll('sco-headline-ticker')];
          await settled(boxed);
          await settled(full);
          const box = boxed.parentElement!;
          expect(box.scrollWidth, 'the 320 px box').to.be.at.most(320);
          for (const inner of shadow(boxed).querySelectorAll('[part~="base"] *')) {
            if (inner.closest('[part~="viewport"]')) continue; // what moves is clipped by the viewport
            const { left, right } = inner.getBoundingClientRect();
            expect(left, inner.outerHTML.slice(0, 60)).to.be.at.least(box.getBoundingClientRect().left - 0.5);
            expect(right, inner.outerHTML.slice(0, 60)).to.be.at.most(box.getBoundingClientRect().right + 0.5);
          }
          expect(document.documentElement.scrollWidth, 'the 360 px screen').to.be.at.most(360);
        });
      }
    }
  });

  describe('forced colours (Windows high contrast)', () => {
    afterEach(() => realColors());
    for (const scheme of ['dark', 'light'] as const) {
      for (const mode of MODES) {
        it(`${scheme} palette, mode="${mode}": titles and dates ≥ 4.5:1, the pause button and its icon ≥ 3:1`, async () => {
          const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL} mode=${mode} limit="3"></sco-headline-ticker>`));
          await forcedColors(scheme);
          await until(() => matchMedia('(forced-colors: active)').matches, 2000, 'forced colours');
          const texts = [...links(el), ...[...shadow(el).querySelectorAll('[part~="date"]')].filter((d) => !d.closest('[aria-hidden="true"]'))];
          expect(texts.length).to.be.greaterThan(1);
          for (const text of texts) {
            expect(contrast(getComputedStyle(text).color, backgroundOf(text)), `${text.localName} "${text.textContent}"`).to.be.at.least(4.5);
          }
          const button = part(el, 'pause-button');
          if (mode === 'list') {
            expect(button).to.be.null;
            return;
          }
          const icon = button!.querySelector('svg')!;
          const behind = backgroundOf(button!);
          // The icon's fill follows the button's (forced) text colour: SVG fills are not forced by the browser.
          expect(getComputedStyle(icon).fill).to.equal(getComputedStyle(button!).color);
          expect(contrast(getComputedStyle(icon).fill, behind), 'icon').to.be.at.least(3);
          expect(contrast(getComputedStyle(button!).borderTopColor, backgroundOf(button!.parentElement!)), 'button border').to.be.at.least(3);
        });
      }
    }
  });

  describe('on paper', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    for (const mode of ['scroll', 'rotate'] as const) {
      it(`mode="${mode}" prints as a still list of all its headlines (limit="7"), whole, without the pause button; back on screen it moves again`, async () => {
        const wrap = await fixture(html`<div style="width: 320px"><sco-headline-ticker src=${PORTAL} mode=${mode} limit="7"></sco-headline-ticker></div>`);
        const el = await settled(wrap.firstElementChild as ScoHeadlineTicker);
        if (mode === 'scroll') await until(() => running(el).length > 0, 3000, 'the scroll');
        await emulateMedia({ media: 'print' });
        await until(() => !!part(el, 'list'), 2000, 'the printed list');
        const shown = links(el);
        expect(shown).to.have.length(7);
        const host = el.getBoundingClientRect();
        for (const link of shown) {
          const box = link.getBoundingClientRect();
          expect(link.checkVisibility(), link.textContent!).to.be.true;
          expect(box.height).to.be.greaterThan(0);
          expect(box.left).to.be.at.least(host.left - 0.5);
          expect(box.right).to.be.at.most(host.right + 0.5);
          // On paper no tooltip shows the rest: the whole title is printed.
          expect(link.scrollHeight, link.textContent!).to.be.at.most(link.clientHeight + 1);
        }
        expect(part(el, 'pause-button')).to.be.null;
        expect(part(el, 'track')).to.be.null;
        expect(running(el)).to.have.length(0);

        await emulateMedia({ media: 'screen' });
        await until(() => !!part(el, 'track'), 2000, 'the moving view');
        expect(part(el, 'pause-button')).to.exist;
        if (mode === 'scroll') await until(() => running(el).length > 0, 3000, 'the scroll to start again');
      });
    }

    it('mode="list" prints every headline whole', async () => {
      const wrap = await fixture(html`<div style="width: 320px"><sco-headline-ticker src=${PORTAL} mode="list" limit="18"></sco-headline-ticker></div>`);
      const el = await settled(wrap.firstElementChild as ScoHeadlineTicker);
      const clamped = () => links(el).filter((link) => link.scrollHeight > link.clientHeight + 1).length;
      expect(clamped(), 'clamped on screen').to.be.greaterThan(0);
      await emulateMedia({ media: 'print' });
      expect(links(el)).to.have.length(18);
      expect(clamped(), 'clamped on paper').to.equal(0);
    });

    it('without script (or before it runs), the print style sheet alone stops the track, hides the second copy and the pause button, and lists every headline', async () => {
      const el = await settled(await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker src=${PORTAL} limit="5"></sco-headline-ticker>`));
      await until(() => running(el).length > 0, 3000, 'the scroll');
      // The scrolling view as a server renders it: the same markup and style sheets, no element behind them.
      const still = document.createElement('div');
      still.style.width = '320px';
      const root = still.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = shadow(el).adoptedStyleSheets;
      root.innerHTML = shadow(el).innerHTML;
      document.body.append(still);
      try {
        const track = root.querySelector<HTMLElement>('[part~="track"]')!;
        const moving = track.animate([{ transform: 'translateX(0)' }, { transform: 'translateX(-900px)' }], { duration: 10000, iterations: Infinity });
        moving.currentTime = 5000;
        const [first, second] = root.querySelectorAll<HTMLElement>('.copy');
        const edge = still.getBoundingClientRect();
        const leftOf = (item: Element) => item.getBoundingClientRect().left;
        expect(leftOf(first.querySelector('[part~="item"]')!), 'moved on screen').to.be.lessThan(edge.left - 100);
        await emulateMedia({ media: 'print' });
        expect(moving.playState).to.equal('running');
        expect(second.checkVisibility()).to.be.false;
        expect(root.querySelector<HTMLElement>('[part~="pause-button"]')!.checkVisibility()).to.be.false;
        const items = [...first.querySelectorAll('[part~="item"]')];
        expect(items).to.have.length(5);
        for (const item of items) {
          // Each headline on a line of its own, from the start edge, none of it outside.
          const box = item.getBoundingClientRect();
          expect(box.left).to.be.closeTo(edge.left, 0.5);
          expect(box.right).to.be.at.most(edge.right + 0.5);
        }
      } finally {
        still.remove();
      }
    });
  });
});
