/**
 * Whether a widget fits the width it is given: nothing drawn outside its box (the visually
 * hidden parts aside), no sideways scroll of the page, and names kept readable when narrow.
 */

const nameOf = (el: Element) =>
  `<${el.localName} ${el.getAttribute('part') ? `part="${el.getAttribute('part')}"` : `class="${el.getAttribute('class') ?? ''}"`}>`;

/** Every element of `host`'s shadow tree that reaches outside the host's box, left or right. */
export function outside(host: Element): string[] {
  const box = host.getBoundingClientRect();
  return [...host.shadowRoot!.querySelectorAll('*')]
    .filter((el) => !el.closest('.visually-hidden'))
    .map((el) => [el, el.getBoundingClientRect()] as const)
    .filter(([, r]) => r.width && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
    .map(
      ([el, r]) =>
        `${nameOf(el)} "${el.textContent?.trim().slice(0, 30)}" spans ${Math.round(r.left)}–${Math.round(r.right)}, the widget ${Math.round(box.left)}–${Math.round(box.right)}`,
    );
}

/** How far the page scrolls sideways. */
export const sidewaysScroll = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

/** The element's own text (not its children's) and the lines it takes. */
function ownText(el: Element): { text: string; lines: number } {
  const texts = [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
  const tops = new Set<number>();
  for (const node of texts) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
  }
  return { text: texts.map((node) => node.textContent!.trim()).join(''), lines: tops.size };
}

/** The elements of `parts` whose own text is broken into lines of fewer than three characters on average. */
export function squeezed(host: Element, parts: string[]): string[] {
  return parts
    .flatMap((name) => [...host.shadowRoot!.querySelectorAll(`[part~="${name}"]`)])
    .map((el) => ({ el, ...ownText(el) }))
    .filter(({ text, lines }) => lines > 1 && text.length / lines < 3)
    .map(({ el, text, lines }) => `${nameOf(el)} "${text}" in ${lines} lines`);
}
