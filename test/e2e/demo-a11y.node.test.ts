// The whole demo page, as `npm start` serves it (offline data through the package's proxy), checked
// by axe-core in every language of its switch and in both colour schemes, then walked with the
// keyboard alone: every control inside every widget is reached by Tab and shows where focus is.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/core/languages.js';
import { startDemo } from './browser.js';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const SCHEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[]; failureSummary: string }[];
}

let origin: string;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

before(async () => {
  ({ origin, browser, stop } = await startDemo());
});

after(() => stop?.());

/** The demo in a language, every widget past loading; `errors` collects uncaught page errors. */
async function openDemo(scheme: 'light' | 'dark', lang: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await page.selectOption('select[name=lang]', lang);
  await page.waitForFunction(
    (lang) =>
      document.documentElement.lang === lang &&
      [...document.querySelectorAll('body *')]
        .filter((el) => el.localName.startsWith('sco-'))
        .every((el) => el.shadowRoot && el.getAttribute('state') !== 'loading'),
    lang,
    { timeout: 20000 },
  );
  return { page, errors };
}

describe('the demo page', () => {
  for (const scheme of SCHEMES) {
    for (const lang of LANGUAGES) {
      it(`has no axe violations in ${lang}, ${scheme}`, async () => {
        const { page, errors } = await openDemo(scheme, lang);
        // Let the fonts and the widgets' first frames settle before measuring contrast.
        await page.waitForTimeout(300);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
          }));
        });
        const report = violations.flatMap((v) =>
          v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary.replace(/\s+/g, ' ')}`),
        );
        await page.close();
        assert.deepEqual(report, []);
        assert.deepEqual(errors, []);
      });
    }
  }

  it('reaches every control inside every widget with Tab, each with a visible focus indicator', async (t) => {
    // Russian: the longest words, so the rates table overflows the sidebar and its scroller takes focus too.
    const { page, errors } = await openDemo('light', 'ru');
    // Each step: the element focus landed on, through shadow roots, and how it looks focused.
    const walk: { key: string; host: string; focused: string }[] = [];
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      const step = await page.evaluate((i) => {
        let el = document.activeElement;
        let host = '';
        while (el?.shadowRoot?.activeElement) {
          host = el.localName;
          el = el.shadowRoot.activeElement;
        }
        if (!el || el === document.body) return undefined;
        const w = window as unknown as { walked?: Element[] };
        (w.walked ??= [])[i] = el;
        const s = getComputedStyle(el);
        const key = host
          ? `${host} ${el.localName}[part=${el.getAttribute('part')}]`
          : `${el.localName}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : el.id ? `#${el.id}` : ''}`;
        return { key, host, index: i, focused: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}` };
      }, i);
      if (!step) break;
      if (walk.length && step.key === walk[0].key && walk.some((w) => w.key !== step.key)) break;
      walk.push(step);
    }
    // The same elements with focus elsewhere.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const unfocused = await page.evaluate(() =>
      ((window as unknown as { walked: Element[] }).walked ?? []).map((el) => {
        if (!el) return '';
        (el.getRootNode() as Document | ShadowRoot).activeElement === el && (el as HTMLElement).blur();
        const s = getComputedStyle(el);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
      }),
    );
    await page.close();
    assert.deepEqual(errors, []);

    const reached = new Set(walk.filter((w) => w.host).map((w) => w.key));
    const expected = [
      'sco-currency-converter input[part=amount]',
      'sco-currency-converter select[part=from]',
      'sco-currency-converter button[part=swap-button]',
      'sco-currency-converter select[part=to]',
      'sco-headline-ticker button[part=pause-button]',
      'sco-headline-ticker a[part=link]',
      'sco-rate-chart svg[part=chart]',
    ];
    for (const key of expected) assert.ok(reached.has(key), `Tab reaches ${key}; reached: ${[...reached].join(', ')}`);
    t.diagnostic(`${walk.length} tab stops; inside widgets: ${[...reached].join(', ')}`);
    const invisible = walk.filter((w, i) => w.focused === unfocused[i]).map((w) => `${w.key}: ${w.focused}`);
    assert.deepEqual(invisible, [], 'every focused element looks different from its unfocused self');
  });
});
