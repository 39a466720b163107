import { executeServerCommand } from '@web/test-runner-commands';

/** A colour as sRGB channels (0–255) and alpha (0–1). */
export type Rgba = [r: number, g: number, b: number, a: number];

/**
 * Chromium's forced-colours emulation in the dark or the light palette (which follows
 * `prefers-color-scheme`): `forcedColors('dark')` gives Canvas #000, CanvasText #fff, LinkText #ff0…,
 * `forcedColors('light')` Canvas #fff, CanvasText #000…; `forcedColors()` ends it. Needs the
 * `emulate-media-features` command of the test runner.
 */
export const forcedColors = (palette?: 'dark' | 'light') =>
  executeServerCommand('emulate-media-features', {
    features: palette
      ? [
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-color-scheme', value: palette },
        ]
      : [],
  });

/** Back to the real media. */
export const realColors = () => forcedColors();

/** A computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`) as channels; `none` and the like as transparent. */
export function parseColor(computed: string): Rgba {
  const srgb = computed.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const rgb = computed.trim().match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] === undefined ? 1 : +rgb[4]];
  return [0, 0, 0, 0];
}

/** `top` painted over the opaque `bottom`, as an opaque colour. */
export function over([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba {
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
}

/** What the page's canvas is painted with: the Canvas system colour. */
function canvas(): Rgba {
  const probe = document.createElement('div');
  probe.style.color = 'Canvas';
  document.body.append(probe);
  const color = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return color;
}

/** The colour behind `element`: the backgrounds of it and its ancestors (across shadow roots), painted down to the canvas. */
export function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), canvas());
}

/** WCAG 2 relative luminance of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio (1 to 21) of `color` (blended over `background` by its alpha) against the opaque `background`. */
export function contrast(color: Rgba | string, background: Rgba): number {
  const [a, b] = [luminance(over(typeof color === 'string' ? parseColor(color) : color, background)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
