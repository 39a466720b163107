/**
 * Every widget of an HTML document (or fragment) rendered in place: the document is parsed only to
 * find where each `sco-*` element starts and ends, and everything between them is kept byte for
 * byte. An element whose tag is no widget's, or that already holds its shadow root (a page rendered
 * twice), stays as written.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { renderWidget, tags, type RenderOptions } from './render-widget.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * The widgets of `html` rendered in place (see `renderWidget`), the rest as written. Each takes
 * the language and direction of its nearest ancestor that has them (the document's `<html lang>`),
 * else the options'.
 */
export async function renderPage(html: string, options: RenderOptions = {}): Promise<string> {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const widgets: { element: Element; lang?: string; dir?: string }[] = [];
  const known = new Set(tags());
  const walk = (node: Node, lang?: string, dir?: string) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const attribute = (name: string) => child.attrs.find((a) => a.name === name)?.value;
      const here = { lang: attribute('lang') ?? lang, dir: attribute('dir') ?? dir };
      if (known.has(child.tagName) && child.sourceCodeLocation?.endTag && !child.childNodes.some(isShadowRoot)) {
        widgets.push({ element: child, ...here });
      } else walk(child, here.lang, here.dir);
    }
  };
  walk(document);
  const rendered = await Promise.all(
    widgets.map(({ element, lang, dir }) =>
      renderWidget(element.tagName, Object.fromEntries(element.attrs.map((a) => [a.name, a.value])), {
        ...options,
        lang: lang || options.lang,
        dir: dir === 'rtl' || dir === 'ltr' ? dir : options.dir,
      }),
    ),
  );
  let out = '';
  let at = 0;
  widgets.forEach(({ element }, i) => {
    const { startOffset, endOffset, startTag, endTag } = element.sourceCodeLocation!;
    // What was written inside the element stays its light DOM, after the shadow root.
    const inside = html.slice(startTag!.endOffset, endTag!.startOffset);
    const widget = rendered[i]!;
    const end = widget.lastIndexOf(`</${element.tagName}>`);
    out += html.slice(at, startOffset) + widget.slice(0, end) + inside + widget.slice(end);
    at = endOffset;
  });
  return out + html.slice(at);
}

const isShadowRoot = (node: Node) => node.nodeName === 'template' && 'attrs' in node && node.attrs.some((a) => a.name === 'shadowrootmode');
