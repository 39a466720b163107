/**
 * The embed builder: the state of the page, what changes it, and the two things that follow a
 * change — the page re-rendered from the state (view.ts) and the preview's widget made anew from
 * the same attributes the HTML snippet shows.
 */
import { render } from 'lit';
import { SAMPLE_HEADLINES_URL } from '../../src/proxy/snapshots.js';
import { manifest, pkg } from 'virtual:sco-builder';
import { proxyFromAddress, useProxy } from '../demo-data.js';
import { controlOf, widgetsOf, type Widget } from './manifest.js';
import { changedAttributes, cssSnippet, elementHtml, htmlSnippet, jsxSnippet, moduleSnippet, type Values } from './snippets.js';
import { builderView, type ViewActions, type ViewState } from './view.js';
import { WORDS, type UiLanguage } from './words.js';

// Every widget, defined here in the entry: package.json's `sideEffects` makes any other demo module
// (and src/index.ts) side-effect free to the bundler, so `vite build` would drop definitions there.
import.meta.glob('../../src/elements/*/define.ts', { eager: true });

/** Values a first-time visitor starts from where a widget's defaults alone would show nothing. */
const EXAMPLES: Record<string, Values> = {
  'sco-headline-ticker': { src: SAMPLE_HEADLINES_URL },
  'sco-rate-chart': { code: 'CNY' },
};

const widgets = widgetsOf(manifest);
const shared = new Set(widgets[0].attributes.map((a) => a.name).filter((name) => widgets.every((w) => w.attributes.some((a) => a.name === name))));
const root = document.querySelector<HTMLElement>('#builder')!;
const previewSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewSheet];

const startingLanguage = (): UiLanguage => (navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en');

/** A widget's controls at their defaults (plus its example values); page-level choices carried over. */
function valuesFor(widget: Widget, previous: Values = {}): Values {
  const values: Record<string, string | boolean> = {};
  for (const attribute of widget.attributes) {
    const fallback = controlOf(attribute).default ?? '';
    values[attribute.name] = shared.has(attribute.name) ? (previous[attribute.name] ?? fallback) : fallback;
  }
  for (const property of widget.cssProperties) values[property.name] = previous[property.name] ?? '';
  return { ...values, dir: previous.dir ?? '', ...EXAMPLES[widget.tag] };
}

/** The flagship first, as a site owner most often wants it. */
const firstWidget = widgets.find((w) => w.tag === 'sco-currency-table') ?? widgets[0];

let state: ViewState = {
  ui: startingLanguage(),
  widgets,
  widget: firstWidget,
  shared,
  values: valuesFor(firstWidget),
  proxy: proxyFromAddress(),
  previewState: '',
  snippets: { html: '', module: '', jsx: '', css: '' },
};

let confirmationTimer: ReturnType<typeof setTimeout> | undefined;

const actions: ViewActions = {
  setUi(ui) {
    update({ ui });
  },
  setWidget(tag) {
    const widget = widgets.find((w) => w.tag === tag)!;
    update({ widget, values: valuesFor(widget, state.values) });
  },
  setValue(name, value) {
    update({ values: { ...state.values, [name]: value } });
  },
  async setProxy(proxy) {
    if (proxy === state.proxy) return;
    useProxy(proxy);
    update({ proxy });
    // The page-wide store may hold the other mode's answer: ask the new one.
    await (preview.element as Partial<{ refresh(): Promise<void> }> | undefined)?.refresh?.();
  },
  async copy(kind) {
    let ok = true;
    try {
      await navigator.clipboard.writeText(state.snippets[kind]);
    } catch {
      ok = false; // no clipboard (a page on plain http, say): the text is selected for Ctrl+C instead
      const snippet = root.querySelector(`[data-snippet="${kind}"]`)!;
      getSelection()?.selectAllChildren(snippet);
    }
    clearTimeout(confirmationTimer);
    update({ copied: { kind, ok } });
    confirmationTimer = setTimeout(() => update({ copied: undefined }), 5000);
  },
};

/** The real widget in the preview box: made anew whenever its tag or attributes change. */
const preview = {
  element: undefined as HTMLElement | undefined,
  markup: '',
  observer: new MutationObserver(() => update({ previewState: preview.element?.getAttribute('state') ?? '' })),
  show(tag: string, attributes: readonly [string, string][]) {
    const markup = elementHtml(tag, attributes);
    if (markup === this.markup) return;
    this.markup = markup;
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    root.querySelector('[data-preview]')!.replaceChildren(element);
    this.element = element;
    this.observer.disconnect();
    this.observer.observe(element, { attributes: true, attributeFilter: ['state'] });
  },
};

function update(change: Partial<ViewState>): void {
  const next = { ...state, ...change };
  const attributes = changedAttributes(next.widget, next.values);
  next.snippets = {
    html: htmlSnippet(pkg, next.widget, attributes, next.proxy),
    module: moduleSnippet(pkg, next.widget, attributes, next.proxy),
    jsx: jsxSnippet(pkg, next.widget, attributes, next.proxy),
    css: cssSnippet(next.widget, next.values),
  };
  state = next;
  document.documentElement.lang = state.ui;
  document.title = `sco-widgets — ${WORDS[state.ui].title}`;
  render(builderView(state, actions), root);
  previewSheet.replaceSync(state.snippets.css);
  preview.show(state.widget.tag, attributes);
}

useProxy(state.proxy);
update({});
