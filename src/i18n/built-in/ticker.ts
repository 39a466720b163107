/**
 * The words of `<sco-headline-ticker>`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  /** The accessible name of the list of headlines. */
  headlines: 'Headlines',
  /** The pause button's name; `aria-pressed` says whether the headlines are paused. */
  pause: 'Pause headlines',
  /** Shown when the feed holds no headlines. */
  empty: 'No headlines yet.',
};

type Words = Strings<typeof en>;

export const ru: Words = { headlines: 'Заголовки новостей', pause: 'Остановить ленту новостей', empty: 'Новостей пока нет.' };

export const zh: Words = { headlines: '新闻标题', pause: '暂停新闻滚动', empty: '暂无新闻。' };
