/**
 * JSX types of the widgets for Preact, which sets a prop as a property when the element has one
 * (`data`) and as an attribute otherwise, and listens to `on<event>` props:
 *
 *   /// <reference types="sco-widgets/jsx-preact" />   (or: import type {} from 'sco-widgets/jsx-preact';)
 *   <sco-headline-ticker src="/feed.xml" mode="list" onsco-load={(e) => console.log(e.detail.items.length)} />
 */
import type { JSX as PreactJSX } from 'preact';
import type { ScoElementAttributes, ScoElementProperties, ScoElementTagNameMap, ScoEventProps, ScoTag } from './elements.js';

type ScoPreactProps<Tag extends ScoTag> = PreactJSX.HTMLAttributes<ScoElementTagNameMap[Tag]> &
  ScoElementAttributes[Tag] &
  ScoElementProperties[Tag] &
  ScoEventProps<Tag, 'on'>;

type ScoPreactElements = { [Tag in ScoTag]: ScoPreactProps<Tag> };

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ScoPreactElements {}
  }
}
