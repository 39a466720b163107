/**
 * Taking over a widget a server rendered (`sco-widgets/ssr`): its shadow root came with the page,
 * declared in the HTML, and the widget's first update attaches Lit's parts to the nodes that are
 * there instead of drawing them again. Only a page with such a widget loads this module (the
 * script-tag bundle from beside itself: scripts/beside-the-script.mjs).
 *
 * What the server rendered with comes along: the data, as the seed after the widget (read here, and
 * handed to the store by the data controller); the language, which the widget waits for before this
 * update. What depends on the reader (their time zone, the moment) is written by the parts that own
 * it (a clock's live values) or by the next update.
 */
import { hydrate as attachParts } from '@lit-labs/ssr-client';
import type { LitElement, PropertyValues } from 'lit';

/**
 * A widget, as this module sees it: a LitElement (it imports nothing of the widgets, which import
 * it), and the data it was rendered with while its first update lasts (data-controller.ts).
 */
type Widget = LitElement & { scoSeed?: string };

/** The next update of `widget`, its first, adopts its server-rendered shadow root and starts from its seed. */
export function hydrate(widget: Widget): void {
  // An own property for this one update: the ones after it are the class's own.
  Object.defineProperty(widget, 'update', { configurable: true, value: adopt });
  const seed = widget.nextElementSibling;
  if (seed?.matches('script[data-sco-seed]')) widget.scoSeed = seed.textContent!;
}

/**
 * Attaches the parts of this render to the server's nodes, then lets LitElement's update run over
 * them: it reflects attributes and sets what HTML cannot carry (properties, listeners), and finds
 * every other value already on the page. Should the server's HTML not be what this render draws
 * (another version of the widget, data the browser does not have), the widget is drawn anew.
 */
function adopt(this: Widget, changed: PropertyValues): void {
  const widget = this as unknown as { update(changed: PropertyValues): void; scoSeed?: string };
  // The data controller took the seed before this update (its hostUpdate): later ones load afresh.
  delete (widget as Partial<typeof widget>).update;
  delete widget.scoSeed;
  this.renderOptions.isConnected = this.isConnected;
  try {
    attachParts((this as unknown as { render(): unknown }).render(), this.renderRoot, this.renderOptions);
  } catch (error) {
    console.warn(`sco-widgets: <${this.localName}> is drawn anew: the page's HTML is not what it renders here (${(error as Error).message})`);
    this.renderRoot.replaceChildren();
  }
  widget.update(changed);
}
