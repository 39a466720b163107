/**
 * The words of `<sco-clock>` and `<sco-capital-clocks>`.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  unknownZone: 'Unknown time zone: {zone}',
  /** The accessible name of the list of clocks. */
  listLabel: 'Local times',
  /** With `show-daynight`: whether it is day or night in that city. */
  day: 'day',
  night: 'night',
  /** The visible difference from the viewer's time; `{value}` is signed, e.g. "+4" or "−2:30". */
  offsetShort: '{value} h',
  /** The spoken difference; `{duration}` is e.g. "4 hours 30 minutes". */
  ahead: '{duration} ahead of your time',
  behind: '{duration} behind your time',
  sameTime: 'same as your time',
  /**
   * The parts of `{duration}`, used only where the browser cannot name the units in this language
   * (short forms, so no plural rules are needed).
   */
  hours: '{count} h',
  minutes: '{count} min',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  unknownZone: 'Неизвестный часовой пояс: {zone}',
  listLabel: 'Местное время',
  day: 'день',
  night: 'ночь',
  offsetShort: '{value} ч',
  ahead: 'на {duration} больше, чем у вас',
  behind: 'на {duration} меньше, чем у вас',
  sameTime: 'как у вас',
  hours: '{count} ч',
  minutes: '{count} мин',
};

export const zh: Words = {
  unknownZone: '未知时区：{zone}',
  listLabel: '当地时间',
  day: '白天',
  night: '夜间',
  offsetShort: '{value}小时',
  ahead: '比您的时间快{duration}',
  behind: '比您的时间慢{duration}',
  sameTime: '与您的时间相同',
  hours: '{count}小时',
  minutes: '{count}分钟',
};
