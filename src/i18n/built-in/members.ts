/**
 * The words of `<sco-member-states>`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  /** The SCO's own names for its groups (the last two were merged into "partners" in 2025). */
  headings: { members: 'Member States', observers: 'Observer States', 'dialogue-partners': 'Dialogue Partners', partners: 'Partners' },
  /** Read by screen readers before the capital's name. Mind the trailing space. */
  capital: 'capital: ',
  /** A group that had no states on the date asked for. */
  none: 'The SCO had no states of this group on {date}.',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  headings: { members: 'Государства-члены', observers: 'Государства-наблюдатели', 'dialogue-partners': 'Партнёры по диалогу', partners: 'Партнёры' },
  capital: 'столица: ',
  none: 'На {date} в ШОС не было государств этой группы.',
};

export const zh: Words = {
  headings: { members: '成员国', observers: '观察员国', 'dialogue-partners': '对话伙伴', partners: '伙伴' },
  capital: '首都：',
  none: '{date}时上合组织尚无此分组的国家。',
};
