// The style sheets as the build ships them (scripts/minify-lit-css.mjs): each minified sheet, read by
// Chromium's CSS parser, has the rules of the sheet as written. Chromium keeps a value that holds a
// `var()` as its tokens, so there the minifier's equivalent spellings show and are read as one:
// `0.5` and `.5`, 'x' and "x", `a, b` and `a,b`, and font-weight `normal` and `400`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { CSS_TEMPLATE, withMinifiedCss } from '../../scripts/minify-lit-css.mjs';
import { launchChromium } from './browser.js';

const styleModules = (await readdir('src/elements', { recursive: true })).filter((file) => file.endsWith('.styles.ts')).map((file) => `src/elements/${file}`);

let browser: Browser;
let page: Page;

before(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
});

/** The rules Chromium reads from a style sheet, serialized the CSSOM's way. */
function rulesOf(css: string): Promise<string[]> {
  return page
    .evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((rule) => rule.cssText);
    }, css)
    .then((rules) => rules.map(spelledAlike));
}

function spelledAlike(rule: string): string {
  return rule
    .replace(/(^|[^\d.])0\.(\d)/g, '$1.$2')
    .replace(/'([^'"]*)'/g, '"$1"')
    .replace(/,\s+/g, ',')
    .replace(/font-weight: normal\b/g, 'font-weight: 400');
}

const templates = (source: string) => [...source.matchAll(CSS_TEMPLATE)].map((match) => match[1]!);

describe('minified style sheets', () => {
  it('there are style modules to check', () => {
    assert.ok(styleModules.length >= 7, styleModules.join(', '));
  });

  for (const file of styleModules) {
    it(`${file}: the same rules, in fewer bytes`, async () => {
      const source = await readFile(file, 'utf8');
      const written = templates(source);
      const shipped = templates(await withMinifiedCss(source));
      assert.equal(shipped.length, written.length);
      assert.ok(written.length > 0);
      for (const [i, css] of written.entries()) {
        const rules = await rulesOf(css);
        assert.ok(rules.length > 0);
        assert.deepEqual(await rulesOf(shipped[i]!), rules);
        assert.ok(shipped[i]!.length < css.length * 0.9, `${file} #${i}: ${shipped[i]!.length} of ${css.length} characters`);
      }
    });
  }
});
