/**
 * The builder's page as a function of its state: lit-html templates, no side effects. The preview
 * box is left empty here; main.ts puts the real widget in it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { CAPITALS, capitalName, stateName, statesIn, type StateSelection } from '../../src/sco/index.js';
import { SUPPORTED_LANGUAGES, nativeName } from './languages.js';
import { controlOf, firstHex, isColour, type Attribute, type Control, type CssProperty, type Widget } from './manifest.js';
import { DIR, type Values } from './snippets.js';
import { WORDS, type UiLanguage, type Words } from './words.js';

export type SnippetKind = 'html' | 'module' | 'jsx' | 'css';

export interface ViewState {
  ui: UiLanguage;
  widgets: readonly Widget[];
  widget: Widget;
  /** Attributes every widget has (`locale`, `theme`, `state`): shown once, for the page. */
  shared: ReadonlySet<string>;
  values: Values;
  proxy: string;
  /** What the preview's widget reports in `state`. */
  previewState: string;
  snippets: Record<SnippetKind, string>;
  /** The last copy's outcome, shown and announced beside its button. */
  copied?: { kind: SnippetKind; ok: boolean };
}

export interface ViewActions {
  setUi(language: UiLanguage): void;
  setWidget(tag: string): void;
  setValue(name: string, value: string | boolean): void;
  setProxy(proxy: string): void;
  copy(kind: SnippetKind): void;
}

const SNIPPET_KINDS: readonly SnippetKind[] = ['html', 'module', 'jsx', 'css'];

/** A manifest description, with its `code` spans as code. Descriptions are English. */
function described(text = ''): TemplateResult {
  const pieces = text.replace(/\s+/g, ' ').split('`');
  return html`<span class="about" lang="en">${pieces.map((piece, i) => (i % 2 ? html`<code>${piece}</code>` : piece))}</span>`;
}

/** The description's first sentence (one that ends before a capital, so "Den. | Rate." is not cut). */
const firstSentence = (text: string): string => text.replace(/\s+/g, ' ').match(/^.*?[.!?](?= \p{Lu}|$)/u)?.[0] ?? text;

const label = (id: string, name: string, description?: string): TemplateResult =>
  html`<label for=${id}><code class="name">${name}</code> ${described(description)}</label>`;

const idOf = (name: string): string => `control-${name.replace(/^-+/, '')}`;

const SCO_CURRENCIES = [...new Set(statesIn('all').map((state) => state.currency))];
const SCO_ZONES = [...new Map(CAPITALS.map((capital) => [capital.zone, capital])).values()];

/** Options grouped as the SCO's first, then every one the browser knows; `selected` is kept even if unknown. */
function groupedOptions(selected: string, groups: [label: string, values: readonly string[]][], text: (value: string) => string): TemplateResult {
  const known = groups.some(([, values]) => values.includes(selected));
  const option = (value: string) => html`<option value=${value} ?selected=${value === selected}>${text(value)}</option>`;
  return html`${selected && !known ? option(selected) : nothing}
  ${groups.map(([label, values]) => html`<optgroup label=${label}>${values.map(option)}</optgroup>`)}`;
}

function currencyOptions(ui: UiLanguage, w: Words, selected: string): TemplateResult {
  const names = new Intl.DisplayNames([ui], { type: 'currency' });
  return groupedOptions(
    selected,
    [
      [w.scoCurrencies, SCO_CURRENCIES],
      [w.allCurrencies, Intl.supportedValuesOf('currency')],
    ],
    (code) => `${code} — ${names.of(code)}`,
  );
}

function zoneOptions(ui: UiLanguage, w: Words, selected: string): TemplateResult {
  const capitals = new Map(SCO_ZONES.map((capital) => [capital.zone, capitalName(capital.id, ui)]));
  return groupedOptions(
    selected,
    [
      [w.scoCapitals, [...capitals.keys()]],
      [w.allZones, Intl.supportedValuesOf('timeZone')],
    ],
    (zone) => (capitals.has(zone) ? `${zone} — ${capitals.get(zone)}` : zone),
  );
}

/** An option label of an SCO group: the states it holds today. */
function groupLabel(group: string, ui: UiLanguage): string {
  const states = statesIn(group as StateSelection);
  const names = states.slice(0, 4).map((state) => stateName(state.code, ui));
  return `${group} (${states.length}): ${names.join(', ')}${states.length > names.length ? ', …' : ''}`;
}

/** A select's first option, for leaving the attribute out. */
function unsetOption(control: Control, w: Words, selected: boolean, text = w.notSet): TemplateResult | typeof nothing {
  if (control.default !== undefined && !control.optional) return nothing;
  return html`<option value="" ?selected=${selected}>${text}${control.default === undefined ? ` (${w.byDefault})` : ''}</option>`;
}

/** A select whose options are rendered by `options`; the value is kept even if no option has it. */
function pickerSelect(id: string, name: string, value: string, control: Control, w: Words, options: TemplateResult, actions: ViewActions): TemplateResult {
  return html`<select id=${id} name=${name} @change=${(e: Event) => actions.setValue(name, (e.target as HTMLSelectElement).value)}>
    ${unsetOption(control, w, value === '')} ${options}
  </select>`;
}

/** A comma-list field with a picker that appends to it. */
function listField(id: string, name: string, value: string, addLabel: string, w: Words, options: TemplateResult, actions: ViewActions): TemplateResult {
  const add = (e: Event) => {
    const picker = (e.target as HTMLElement).closest('.list-field')!.querySelector('select')!;
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    actions.setValue(name, [...items, picker.value].join(','));
  };
  return html`<div class="list-field">
    <input id=${id} name=${name} type="text" autocomplete="off" spellcheck="false" .value=${value} @input=${(e: Event) => actions.setValue(name, (e.target as HTMLInputElement).value)} />
    <span class="adder">
      <select id="${id}-picker" aria-label=${addLabel}>${options}</select>
      <button type="button" @click=${add}>${w.add}</button>
    </span>
  </div>`;
}

function attributeField(attribute: Attribute, state: ViewState, actions: ViewActions): TemplateResult | typeof nothing {
  const w = WORDS[state.ui];
  const control = controlOf(attribute);
  const { name } = attribute;
  const id = idOf(name);
  const raw = state.values[name];
  const value = typeof raw === 'string' ? raw : '';
  const onInput = (e: Event) => actions.setValue(name, (e.target as HTMLInputElement).value);
  switch (control.kind) {
    case 'output':
      return nothing; // shown with the preview
    case 'boolean':
      return html`<div class="field check">
        <input id=${id} name=${name} type="checkbox" .checked=${raw === true} @change=${(e: Event) => actions.setValue(name, (e.target as HTMLInputElement).checked)} />
        ${label(id, name, attribute.description)}
      </div>`;
    case 'choice':
      return html`<div class="field">
        ${label(id, name, attribute.description)}
        <select id=${id} name=${name} @change=${onInput}>
          ${unsetOption(control, w, value === '')}
          ${control.options.map(
            (option) =>
              html`<option value=${option} ?selected=${option === value}>${name === 'group' ? groupLabel(option, state.ui) : option}${option === control.default ? ` (${w.byDefault})` : ''}</option>`,
          )}
        </select>
      </div>`;
    case 'language':
      return html`<div class="field">
        ${label(id, name, attribute.description)}
        <select id=${id} name=${name} @change=${onInput}>
          <option value="" ?selected=${value === ''}>${w.pageLanguage}</option>
          ${SUPPORTED_LANGUAGES.map((language) => html`<option value=${language} lang=${language} ?selected=${language === value}>${nativeName(language)} (${language})</option>`)}
        </select>
      </div>`;
    case 'currency':
      return html`<div class="field">${label(id, name, attribute.description)} ${pickerSelect(id, name, value, control, w, currencyOptions(state.ui, w, value), actions)}</div>`;
    case 'zone':
      return html`<div class="field">${label(id, name, attribute.description)} ${pickerSelect(id, name, value, control, w, zoneOptions(state.ui, w, value), actions)}</div>`;
    case 'currency-list':
      return html`<div class="field">${label(id, name, attribute.description)} ${listField(id, name, value, w.addCurrency(name), w, currencyOptions(state.ui, w, ''), actions)}</div>`;
    case 'zone-list':
      return html`<div class="field">${label(id, name, attribute.description)} ${listField(id, name, value, w.addZone(name), w, zoneOptions(state.ui, w, ''), actions)}</div>`;
    case 'date':
    case 'number':
    case 'text':
      return html`<div class="field">
        ${label(id, name, attribute.description)}
        <input
          id=${id}
          name=${name}
          type=${control.kind}
          step=${control.kind === 'number' ? 'any' : nothing}
          autocomplete="off"
          spellcheck="false"
          .value=${value}
          @input=${onInput}
        />
      </div>`;
  }
}

function directionField(state: ViewState, actions: ViewActions): TemplateResult {
  const w = WORDS[state.ui];
  const value = (state.values[DIR] as string | undefined) ?? '';
  const id = idOf(DIR);
  return html`<div class="field">
    <label for=${id}><code class="name">${DIR}</code> <span class="about">${w.dir}</span></label>
    <select id=${id} name=${DIR} @change=${(e: Event) => actions.setValue(DIR, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${w.dirAuto} (${w.byDefault})</option>
      <option value="ltr" ?selected=${value === 'ltr'}>${w.ltr}</option>
      <option value="rtl" ?selected=${value === 'rtl'}>${w.rtl}</option>
    </select>
  </div>`;
}

function propertyField(property: CssProperty, state: ViewState, actions: ViewActions): TemplateResult {
  const w = WORDS[state.ui];
  const id = idOf(property.name);
  const value = (state.values[property.name] as string | undefined) ?? '';
  const colour = isColour(property) ? (firstHex(value) ?? firstHex(property.default) ?? '#000000') : undefined;
  return html`<div class="field">
    ${label(id, property.name, property.description)}
    <span class="property">
      <input
        id=${id}
        name=${property.name}
        type="text"
        autocomplete="off"
        spellcheck="false"
        placeholder=${property.default ?? nothing}
        .value=${value}
        @input=${(e: Event) => actions.setValue(property.name, (e.target as HTMLInputElement).value)}
      />
      ${
        colour
          ? html`<input type="color" aria-label=${w.colourFor(property.name)} .value=${colour} @input=${(e: Event) => actions.setValue(property.name, (e.target as HTMLInputElement).value)} />`
          : nothing
      }
    </span>
  </div>`;
}

function snippetBlock(kind: SnippetKind, state: ViewState, actions: ViewActions): TemplateResult {
  const w = WORDS[state.ui];
  const title = w.snippets[kind];
  const copied = state.copied?.kind === kind ? state.copied : undefined;
  return html`<section class="snippet" aria-labelledby="snippet-${kind}-title">
    <div class="snippet-head">
      <h3 id="snippet-${kind}-title">${title}</h3>
      <button type="button" class="copy" data-copy=${kind} aria-describedby="snippet-${kind}-title" @click=${() => actions.copy(kind)}>${copied?.ok ? `✓ ${w.copied}` : w.copy}</button>
    </div>
    <pre tabindex="0" aria-labelledby="snippet-${kind}-title" data-snippet=${kind}><code>${state.snippets[kind]}</code></pre>
    <p class="confirmation" role="status">${copied ? (copied.ok ? w.copiedAnnouncement(title) : w.copyFailed(title)) : ''}</p>
  </section>`;
}

export function builderView(state: ViewState, actions: ViewActions): TemplateResult {
  const w = WORDS[state.ui];
  const { widget } = state;
  const own = widget.attributes.filter((a) => !state.shared.has(a.name));
  const shared = widget.attributes.filter((a) => state.shared.has(a.name));
  const stateAttribute = widget.attributes.find((a) => controlOf(a).kind === 'output');
  return html`
    <header class="masthead">
      <h1 class="brand">sco-widgets <span>${w.title}</span></h1>
      <nav class="switches">
        <a href="./index.html">${w.demoLink}</a>
        <label
          ><span>${w.interfaceLanguage}</span>
          <select name="ui-language" @change=${(e: Event) => actions.setUi((e.target as HTMLSelectElement).value as UiLanguage)}>
            ${(Object.keys(WORDS) as (keyof typeof WORDS)[]).map((language) => html`<option value=${language} lang=${language} ?selected=${language === state.ui}>${nativeName(language)}</option>`)}
          </select>
        </label>
      </nav>
    </header>
    <main class="builder">
      <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
        <p class="intro">${w.intro}</p>
        <div class="field">
          <label for="control-widget"><span class="name">${w.widget}</span></label>
          <select id="control-widget" name="widget" aria-describedby="widget-about" @change=${(e: Event) => actions.setWidget((e.target as HTMLSelectElement).value)}>
            ${state.widgets.map((each) => html`<option value=${each.tag} ?selected=${each === widget}>${each.tag}</option>`)}
          </select>
          <p id="widget-about">${described(firstSentence(widget.description))}</p>
        </div>
        ${keyed(
          widget.tag, // a widget's own controls start afresh, never reusing another widget's
          html`<fieldset>
              <legend>${w.widgetAttributes(widget.tag)}</legend>
              ${own.map((attribute) => attributeField(attribute, state, actions))}
            </fieldset>
            <fieldset>
              <legend>${w.languageAndLook}</legend>
              ${shared.map((attribute) => attributeField(attribute, state, actions))} ${directionField(state, actions)}
            </fieldset>
            <fieldset>
              <legend>${w.customProperties}</legend>
              ${widget.cssProperties.map((property) => propertyField(property, state, actions))}
            </fieldset>`,
        )}
        <fieldset>
          <legend>${w.data}</legend>
          <div class="field">
            <label for="control-proxy"><span class="name">data-proxy</span> <span class="about">${w.proxy}</span></label>
            <input
              id="control-proxy"
              name="proxy"
              type="url"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="proxy-help"
              .value=${state.proxy}
              @change=${(e: Event) => actions.setProxy((e.target as HTMLInputElement).value.trim())}
            />
            <p id="proxy-help" class="help">${w.proxyHelp}</p>
          </div>
          <p class="note">${state.proxy ? w.liveNote(state.proxy) : w.offlineNote}</p>
        </fieldset>
      </form>
      <div class="results">
        <section class="preview-panel" aria-labelledby="preview-title">
          <h2 id="preview-title">${w.preview}</h2>
          ${
            stateAttribute
              ? html`<p class="state">
                <label for="control-state">${w.state} (<code>${stateAttribute.name}</code>)</label>:
                <output id="control-state" name=${stateAttribute.name} aria-describedby="state-about">${state.previewState}</output>
                <span id="state-about" hidden>${stateAttribute.description}</span>
              </p>`
              : nothing
          }
          <div class="preview" data-preview></div>
        </section>
        <section aria-labelledby="code-title">
          <h2 id="code-title">${w.code}</h2>
          ${SNIPPET_KINDS.map((kind) => snippetBlock(kind, state, actions))}
        </section>
      </div>
    </main>
  `;
}
