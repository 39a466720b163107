/**
 * From the builder's choices to what a site owner pastes: the attributes that differ from their
 * defaults, and the four snippets. Pure functions; the preview is made from the same attributes.
 */
import { controlOf, type PackageFacts, type Widget } from './manifest.js';

/** What the controls hold: attribute name → text, or a boolean for a checkbox. */
export type Values = Readonly<Record<string, string | boolean>>;

/** The page-level attribute that is no widget's own: `dir` is global HTML, and widgets read it. */
export const DIR = 'dir';

/** The attributes to write, in the manifest's order: only those set and not at their default. */
export function changedAttributes(widget: Widget, values: Values): [name: string, value: string][] {
  const changed: [string, string][] = [];
  for (const attribute of widget.attributes) {
    const control = controlOf(attribute);
    const value = values[attribute.name];
    if (control.kind === 'output' || value === undefined || value === control.default) continue;
    if (typeof value === 'boolean') {
      if (value) changed.push([attribute.name, '']);
    } else if (value.trim() !== '' && value.trim() !== control.default) {
      changed.push([attribute.name, value.trim()]);
    }
  }
  const dir = values[DIR];
  if (typeof dir === 'string' && dir) changed.push([DIR, dir]);
  return changed;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<sco-x a="b" flag></sco-x>`: a boolean attribute is written bare. */
export function elementHtml(tag: string, attributes: readonly [string, string][]): string {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${tag}${written.join('')}></${tag}>`;
}

/** Where the CDN serves this version's script-tag bundle. */
export const bundleUrl = (pkg: PackageFacts): string => `https://unpkg.com/${pkg.name}@${pkg.version}/${pkg.bundle}`;

/** The script tag (with `data-proxy` when a proxy is set) and the element. */
export function htmlSnippet(pkg: PackageFacts, widget: Widget, attributes: readonly [string, string][], proxy: string): string {
  const proxyAttribute = proxy ? ` data-proxy="${escapeAttribute(proxy)}"` : '';
  return `<script src="${bundleUrl(pkg)}"${proxyAttribute}></script>\n\n${elementHtml(widget.tag, attributes)}`;
}

/** The npm entry that defines this widget (`sco-widgets/currency-table`). */
export function entryOf(pkg: PackageFacts, widget: Widget): string {
  const folder = Object.keys(pkg.entries).find((prefix) => widget.module.startsWith(prefix));
  return folder ? pkg.entries[folder] : pkg.name;
}

function configureLines(pkg: PackageFacts, proxy: string): string[] {
  return proxy ? [`import { configure } from '${pkg.name}/data';`, '', `configure({ proxy: ${JSON.stringify(proxy)} });`] : [];
}

/** The widget's own entry imported (and the proxy configured), then the element in the page. */
export function moduleSnippet(pkg: PackageFacts, widget: Widget, attributes: readonly [string, string][], proxy: string): string {
  const lines = [`import '${entryOf(pkg, widget)}';`, ...configureLines(pkg, proxy), '', '// In the page:', `// ${elementHtml(widget.tag, attributes)}`];
  return lines.join('\n');
}

/** A string JSX attribute, or an expression where the text would need escaping. */
function jsxAttribute([name, value]: readonly [string, string]): string {
  if (value === '') return ` ${name}`;
  return /["&{}<>\\]/.test(value) ? ` ${name}={${JSON.stringify(value)}}` : ` ${name}="${value}"`;
}

/** A React component rendering the element (typed once per project through `jsx-react`). */
export function jsxSnippet(pkg: PackageFacts, widget: Widget, attributes: readonly [string, string][], proxy: string): string {
  return [
    `/// <reference types="${pkg.name}/jsx-react" />`,
    `import '${entryOf(pkg, widget)}';`,
    ...configureLines(pkg, proxy),
    '',
    'export function Widget() {',
    `  return <${widget.tag}${attributes.map(jsxAttribute).join('')} />;`,
    '}',
  ].join('\n');
}

/** The chosen custom properties as one rule for the element. */
export function cssSnippet(widget: Widget, values: Values): string {
  const declarations = widget.cssProperties
    .map(({ name }) => [name, values[name]] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([name, value]) => `  ${name}: ${value.trim()};`);
  return declarations.length ? `${widget.tag} {\n${declarations.join('\n')}\n}` : `/* ${widget.tag}: no custom property set, the defaults apply. */`;
}
