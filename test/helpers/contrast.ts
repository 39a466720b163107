import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Contrast as WCAG 2.x measures it, from computed styles, for checks under `forced-colors: active`.
 * Chromium's emulation gives the Windows high-contrast palettes: `forcedColors('dark')` (Canvas #000,
 * CanvasText #fff, LinkText #ff0 …) and `forcedColors('light')` (Canvas #fff, CanvasText #000 …).
 */
export const forcedColors = (scheme: 'dark' | 'light') =>
  executeServerCommand('emulate-media-features', {
    features: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: scheme },
    ],
  });

/** Back to the real media. */
export const realColors = () => executeServerCommand('emulate-media-features', {});

type Rgba = [number, number, number, number];

/** A computed colour (`rgb(…)`/`rgba(…)`) as red, green, blue in 0–255 and alpha in 0–1. */
export function parseColor(css: string): Rgba {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
  if (!match) throw new Error(`not a computed rgb colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** `top` painted over the opaque `bottom`. */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

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

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** The contrast ratio of two colours (1 to 21), the first one painted over the second if translucent. */
export function contrast(foreground: Rgba | string, background: Rgba): number {
  const fg = over(typeof foreground === 'string' ? parseColor(foreground) : foreground, background);
  const [light, dark] = [luminance(fg), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
