/**
 * JSX types of the widgets for React 19, which passes custom element props as properties when the
 * element has one (`data`) and as attributes otherwise, and listens to `on<event>` props:
 *
 *   /// <reference types="sco-widgets/jsx-react" />   (or: import type {} from 'sco-widgets/jsx-react';)
 *   <sco-currency-table currencies="CNY,INR" show-change onsco-load={(e) => console.log(e.detail.date)} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ScoElementAttributes, ScoElementProperties, ScoElementTagNameMap, ScoEventProps, ScoTag } from './elements.js';

type ScoReactProps<Tag extends ScoTag> = DetailedHTMLProps<HTMLAttributes<ScoElementTagNameMap[Tag]>, ScoElementTagNameMap[Tag]> &
  ScoElementAttributes[Tag] &
  ScoElementProperties[Tag] &
  ScoEventProps<Tag, 'on'>;

type ScoReactElements = { [Tag in ScoTag]: ScoReactProps<Tag> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ScoReactElements {}
  }
}
