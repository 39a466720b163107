/**
 * JSX types of the widgets for Solid, which sets attributes by default, properties with `prop:`
 * and listens with `on:`:
 *
 *   /// <reference types="sco-widgets/jsx-solid" />   (or: import type {} from 'sco-widgets/jsx-solid';)
 *   <sco-rate-chart code="CNY" days={90} on:sco-error={(e) => console.warn(e.detail.error.message)} />
 */
import type { JSX as SolidJSX } from 'solid-js';
import type { ScoElementAttributes, ScoElementProperties, ScoElementTagNameMap, ScoEventProps, ScoTag } from './elements.js';

type ScoSolidProps<Tag extends ScoTag> = SolidJSX.HTMLAttributes<ScoElementTagNameMap[Tag]> &
  ScoElementAttributes[Tag] & { [P in keyof ScoElementProperties[Tag] as `prop:${P & string}`]?: ScoElementProperties[Tag][P] } & ScoEventProps<Tag, 'on:'>;

type ScoSolidElements = { [Tag in ScoTag]: ScoSolidProps<Tag> };

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ScoSolidElements {}
  }
}
