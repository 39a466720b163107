import type { ScoGroup } from '../../sco/index.js';

/** The block's own words; state names come from Intl.DisplayNames, capital names from `src/sco`. */
export interface MemberStatesMessages {
  headings: Record<ScoGroup, string>;
  /** Read before the capital's name by screen readers. */
  capital: string;
  badDate: (date: string) => string;
  unknownGroup: (group: string) => string;
  none: (date: string) => string;
}

export const messages: { en: MemberStatesMessages } & Record<string, MemberStatesMessages> = {
  en: {
    headings: { members: 'Member States', observers: 'Observer States', 'dialogue-partners': 'Dialogue Partners', partners: 'Partners' },
    capital: 'capital: ',
    badDate: (date) => `Invalid date "${date}": write it as YYYY-MM-DD.`,
    unknownGroup: (group) => `Unknown group "${group}": use members, partners or all.`,
    none: (date) => `The SCO had no states on ${date}; it was founded on 15 June 2001.`,
  },
  ru: {
    headings: { members: 'Государства-члены', observers: 'Государства-наблюдатели', 'dialogue-partners': 'Партнёры по диалогу', partners: 'Партнёры' },
    capital: 'столица: ',
    badDate: (date) => `Неверная дата «${date}»: укажите её в виде ГГГГ-ММ-ДД.`,
    unknownGroup: (group) => `Неизвестная группа «${group}»: укажите members, partners или all.`,
    none: (date) => `На ${date} в ШОС не было государств: организация основана 15 июня 2001 года.`,
  },
  zh: {
    headings: { members: '成员国', observers: '观察员国', 'dialogue-partners': '对话伙伴', partners: '伙伴' },
    capital: '首都：',
    badDate: (date) => `日期“${date}”无效：请按 YYYY-MM-DD 格式填写。`,
    unknownGroup: (group) => `未知分组“${group}”：请使用 members、partners 或 all。`,
    none: (date) => `${date}时上合组织尚无国家：该组织成立于2001年6月15日。`,
  },
  fa: {
    headings: { members: 'کشورهای عضو', observers: 'کشورهای ناظر', 'dialogue-partners': 'شرکای گفت‌وگو', partners: 'شرکا' },
    capital: 'پایتخت: ',
    badDate: (date) => `تاریخ نامعتبر «${date}»: آن را به شکل YYYY-MM-DD بنویسید.`,
    unknownGroup: (group) => `گروه ناشناخته «${group}»: از members، partners یا all استفاده کنید.`,
    none: (date) => `سازمان همکاری شانگهای در ${date} هیچ کشوری نداشت؛ این سازمان در ۱۵ ژوئن ۲۰۰۱ بنیان گذاشته شد.`,
  },
};
