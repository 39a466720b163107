/**
 * The page half of the screenshot tests: shows a widget as one reader sees it (a screen width, a
 * palette, a language), waits until it has settled, and has the server compare that element's
 * picture with its baseline (test/visual/visual-diff.mjs). See docs/visual-tests.md.
 */
import { fixture, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { ScoElement } from '../../src/elements/shared/sco-element.js';
import { until } from '../helpers/timers.js';

export const WIDTHS = [360, 1280] as const;
export const LANGS = ['en', 'ar', 'zh'] as const;
/** `light`/`dark` by the `theme` attribute; forced colours over a light or dark system palette; print. */
export const PALETTES = ['light', 'dark', 'forced-light', 'forced-dark', 'print'] as const;

export interface Look {
  width: (typeof WIDTHS)[number];
  palette: (typeof PALETTES)[number];
  lang: (typeof LANGS)[number];
}

/** The baseline's name, which says what it shows: `table-360-dark-ar`. */
export const lookName = (widget: string, { width, palette, lang }: Look) => `${widget}-${width}-${palette}-${lang}`;

declare global {
  interface Window {
    /** The element `visual-diff` photographs. */
    __visualTarget?: Element;
  }
}

/**
 * Shows `widget` with `look`, waits for its data, its language file, fonts and layout (and for
 * `settled`, when given), stops its animations, and compares its picture with the baseline `name`.
 */
export async function expectLook(name: string, widget: TemplateResult, look: Look, settled?: (el: ScoElement) => boolean): Promise<void> {
  await showAs(look);
  const page = await fixture<HTMLElement>(html`<div lang=${look.lang} dir=${look.lang === 'ar' ? 'rtl' : 'ltr'}>${widget}</div>`);
  const el = page.firstElementChild as ScoElement;
  if (look.palette === 'light' || look.palette === 'dark') el.theme = look.palette;
  try {
    await until(() => el.state !== 'loading' && !el.matches(':state(translating)') && (!settled || settled(el)), 10000, `${name} to settle`);
    if (el.state !== 'ready') throw new Error(`${name} is ${el.state}, not ready`);
    await document.fonts.ready;
    // A size observed in one frame (the chart's, the ticker's track) is drawn in the next.
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await frame();
    }
    stopAnimations(el);
    window.__visualTarget = el;
    const result = (await executeServerCommand('visual-diff', { name })) as { passed: boolean; message?: string; updated?: boolean };
    if (result.updated) console.log(`visual: wrote test/visual/baselines/${name}.png`);
    if (!result.passed) throw new Error(result.message);
  } finally {
    window.__visualTarget = undefined;
    fixtureCleanup();
  }
}

let current: Look | undefined;

/** The viewport and media of `look`, set only where they change (each is a round trip to the browser's driver). */
async function showAs(look: Look): Promise<void> {
  if (current?.width !== look.width) await setViewport({ width: look.width, height: 800 });
  const forced = look.palette.startsWith('forced-');
  const print = look.palette === 'print';
  if (!current || current.palette !== look.palette) {
    const scheme = look.palette.slice('forced-'.length);
    const features = forced
      ? [
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-color-scheme', value: scheme },
        ]
      : [];
    await executeServerCommand('emulate-media-features', { features, media: print ? 'print' : '' });
  }
  if (matchMedia('(forced-colors: active)').matches !== forced || matchMedia('print').matches !== print) {
    throw new Error(`the page is not showing ${look.palette}`);
  }
  current = look;
}

/** Animations that end are shown ended; those that loop (the ticker's scroll) paused at their start. */
function stopAnimations(el: Element): void {
  for (const animation of [...document.getAnimations(), ...el.shadowRoot!.getAnimations()]) {
    if (animation.effect?.getComputedTiming().endTime === Infinity) {
      animation.pause();
      animation.currentTime = 0;
    } else animation.finish();
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
