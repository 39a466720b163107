import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../../src/data/config.js';
import { store } from '../../../src/data/store.js';
import '../../../src/elements/headline-ticker/define.js';
import type { ScoHeadlineTicker, TickerMode } from '../../../src/elements/headline-ticker/sco-headline-ticker.js';
import { until } from '../../helpers/timers.js';

const PORTAL = '/fx/portal/headlines.rss';
/** A real BBC feed in Urdu (Perso-Arabic script): some titles open with a quotation mark, not a letter. */
const URDU = '/fx/miniflux/urdu_UTF8.xml';
const MODES: TickerMode[] = ['scroll', 'rotate', 'list'];

const shadow = (el: Element) => el.shadowRoot!;
/** The links a reader gets: the first copy in scroll mode, all of them otherwise; none of the invisible placeholder. */
const links = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="link"]')].filter((a) => !a.closest('[aria-hidden="true"], .placeholder'));
const settled = async (el: ScoHeadlineTicker) => {
  await until(() => el.state !== 'loading' && links(el).length > 0, 8000, 'the headlines');
  await el.updateComplete;
  return el;
};

/** Where a character of a link's text is drawn. */
function charBox(link: Element, index: number): DOMRect {
  const text = link.firstChild!.nodeType === Node.TEXT_NODE ? link.firstChild! : [...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
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
});
