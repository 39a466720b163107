import type { ScoGroup } from '../../sco/index.js';

/** The block's own words; state names come from Intl.DisplayNames, capital names from `src/sco`. */
export interface MemberStatesMessages {
  headings: Record<ScoGroup, string>;
  /** Read before the capital's name by screen readers. */
  capital: string;
  /** A group that had no states on the date. */
  none: (date: string) => string;
}

export const messages: { en: MemberStatesMessages } & Record<string, MemberStatesMessages> = {
  en: {
    headings: { members: 'Member States', observers: 'Observer States', 'dialogue-partners': 'Dialogue Partners', partners: 'Partners' },
    capital: 'capital: ',
    none: (date) => `The SCO had no states of this group on ${date}.`,
  },
  ru: {
    headings: { members: 'Государства-члены', observers: 'Государства-наблюдатели', 'dialogue-partners': 'Партнёры по диалогу', partners: 'Партнёры' },
    capital: 'столица: ',
    none: (date) => `На ${date} в ШОС не было государств этой группы.`,
  },
  zh: {
    headings: { members: '成员国', observers: '观察员国', 'dialogue-partners': '对话伙伴', partners: '伙伴' },
    capital: '首都：',
    none: (date) => `${date}时上合组织尚无此分组的国家。`,
  },
  fa: {
    headings: { members: 'کشورهای عضو', observers: 'کشورهای ناظر', 'dialogue-partners': 'شرکای گفت‌وگو', partners: 'شرکا' },
    capital: 'پایتخت: ',
    none: (date) => `سازمان همکاری شانگهای در ${date} هیچ کشوری در این گروه نداشت.`,
  },
};
