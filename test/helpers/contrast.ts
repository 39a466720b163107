import { executeServerCommand } from '@web/test-runner-commands';

/** A colour as sRGB channels (0–255) and alpha (0–1). */
export type Rgba = [r: number, g: number, b: number, a: number];

/** A computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`) as channels; `none` and the like as transparent. */
export function parseColor(computed: string): Rgba {
  const srgb = computed.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const rgb = computed.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] === undefined ? 1 : +rgb[4]];
  return [0, 0, 0, 0];
}

/** `top` painted over the opaque `bottom`, as an opaque colour. */
export function over([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba {
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
}

/** WCAG 2 relative luminance of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of `color` (blended over `background` by its alpha) against the opaque `background`. */
export function contrast(color: Rgba, background: Rgba): number {
  const [a, b] = [luminance(over(color, background)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Chromium's forced-colours emulation in the dark or the light palette (which follows
 * `prefers-color-scheme`), or none. Needs the `emulate-media-features` command of the test runner.
 */
export function forcedColors(palette?: 'dark' | 'light'): Promise<unknown> {
  return executeServerCommand(
    'emulate-media-features',
    palette
      ? [
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-color-scheme', value: palette },
        ]
      : [],
  );
}
