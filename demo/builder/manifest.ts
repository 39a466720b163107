/**
 * What the builder reads from custom-elements.json, and the one decision it makes from it: which
 * control each attribute gets. The shapes are the parts of the Custom Elements Manifest schema
 * the builder uses.
 */
export interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

export interface Declaration {
  name: string;
  tagName?: string;
  description?: string;
  attributes?: Attribute[];
  cssProperties?: CssProperty[];
}

export interface Attribute {
  name: string;
  type?: { text: string };
  /** As the analyzer writes it: a source literal (`'members'`, `false`, `100`). */
  default?: string;
  description?: string;
  fieldName?: string;
}

export interface CssProperty {
  name: string;
  default?: string;
  description?: string;
}

/** The package facts the snippets name, from package.json. */
export interface PackageFacts {
  name: string;
  version: string;
  /** The script-tag bundle's path in the package (`unpkg`). */
  bundle: string;
  /** The npm import of each widget folder: `src/elements/clock/` → `sco-widgets/clock`. */
  entries: Record<string, string>;
}

export interface Widget {
  tag: string;
  description: string;
  /** The module the element is declared in (`src/elements/clock/sco-clock.ts`). */
  module: string;
  attributes: Attribute[];
  cssProperties: CssProperty[];
}

export function widgetsOf(manifest: Manifest): Widget[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => ({
        tag: d.tagName!,
        description: d.description ?? '',
        module: module.path,
        attributes: d.attributes ?? [],
        cssProperties: d.cssProperties ?? [],
      })),
  );
}

export type ControlKind =
  /** A checkbox: the attribute is present or not. */
  | 'boolean'
  /** A select of the literal union the manifest records. */
  | 'choice'
  | 'number'
  | 'text'
  /** An ISO 4217 code, or a comma list of them. */
  | 'currency'
  | 'currency-list'
  /** An IANA time zone, or a comma list of them (each optionally `Zone=Label`). */
  | 'zone'
  | 'zone-list'
  /** `YYYY-MM-DD`. */
  | 'date'
  /** A language the widgets speak. */
  | 'language'
  /** Not an input: the widget reports it (the SPEC's `state="loading|ready|stale|error"`). */
  | 'output';

// Attributes whose values are codes from a known list get a picker of that list; the manifest
// types them all as `string`.
const PICKERS: Record<string, ControlKind> = {
  currencies: 'currency-list',
  base: 'currency',
  from: 'currency',
  to: 'currency',
  code: 'currency',
  zones: 'zone-list',
  zone: 'zone',
  'time-zone': 'zone',
  date: 'date',
  'as-of': 'date',
  locale: 'language',
  state: 'output',
};

export interface Control {
  kind: ControlKind;
  /** The choices of a `choice`, in the manifest's order. */
  options: string[];
  /** Whether leaving it unset is a choice of its own (the union includes `undefined`). */
  optional: boolean;
  default: string | boolean | undefined;
}

export function controlOf(attribute: Attribute): Control {
  const type = attribute.type?.text ?? '';
  const members = type.split('|').map((m) => m.trim());
  const literals = members.filter((m) => /^'[^']*'$|^-?\d+(?:\.\d+)?$/.test(m)).map((m) => m.replace(/^'|'$/g, ''));
  const base = { options: [], optional: members.includes('undefined'), default: defaultOf(attribute) };
  if (PICKERS[attribute.name]) return { ...base, kind: PICKERS[attribute.name] };
  if (type === 'boolean') return { ...base, kind: 'boolean' };
  if (literals.length > 1 && literals.length === members.filter((m) => m !== 'undefined').length) return { ...base, kind: 'choice', options: literals };
  if (type === 'number') return { ...base, kind: 'number' };
  return { ...base, kind: 'text' };
}

/** The attribute's default as the control holds it: `false`, `'members'` → `members`, `100` → `100`. */
export function defaultOf(attribute: Attribute): string | boolean | undefined {
  const value = attribute.default;
  if (value === undefined || value === 'undefined') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  const quoted = value.match(/^'(.*)'$|^"(.*)"$/s);
  if (quoted) return quoted[1] ?? quoted[2];
  return /^-?\d+(?:\.\d+)?$/.test(value) ? value : undefined;
}

/** A colour property gets a colour picker beside its text field. */
export const isColour = (property: CssProperty): boolean =>
  /(?:color|background)$/.test(property.name) || /^(?:#|light-dark\(|rgb|hsl)/.test(property.default ?? '');

/** The first colour in a default (`light-dark(#0b5cad, #7cb8f7)` → `#0b5cad`), for the picker to start at. */
export const firstHex = (value = ''): string | undefined => value.match(/#[\da-f]{6}\b/i)?.[0];
