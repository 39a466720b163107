/** The ticker's own words; headlines come from the feed as they are. */
export interface TickerMessages {
  /** The accessible name of the list of headlines. */
  headlines: string;
  /** The pause button's name; `aria-pressed` says whether the headlines are paused. */
  pause: string;
  /** Shown when the feed holds no headlines. */
  empty: string;
}

export const messages: { en: TickerMessages } & Record<string, TickerMessages> = {
  en: { headlines: 'Headlines', pause: 'Pause headlines', empty: 'No headlines yet.' },
  ru: { headlines: 'Заголовки новостей', pause: 'Остановить ленту новостей', empty: 'Новостей пока нет.' },
  zh: { headlines: '新闻标题', pause: '暂停新闻滚动', empty: '暂无新闻。' },
  fa: { headlines: 'سرخط خبرها', pause: 'توقف نوار خبرها', empty: 'هنوز خبری نیست.' },
};
