/** The clocks' own words; numbers, times and unit names come from Intl. */
export interface ClockMessages {
  unknownZone: (zone: string) => string;
  /** The list's accessible name. */
  listLabel: string;
  day: string;
  night: string;
  /** The visible offset, e.g. `+4 h`; `value` is already signed and localised. */
  offsetShort: (value: string) => string;
  /** The spoken offset; `duration` is e.g. "4 hours 30 minutes". */
  ahead: (duration: string) => string;
  behind: (duration: string) => string;
  sameTime: string;
}

export const messages: { en: ClockMessages } & Record<string, ClockMessages> = {
  en: {
    unknownZone: (zone) => `Unknown time zone: ${zone}`,
    listLabel: 'Local times',
    day: 'day',
    night: 'night',
    offsetShort: (value) => `${value} h`,
    ahead: (duration) => `${duration} ahead of your time`,
    behind: (duration) => `${duration} behind your time`,
    sameTime: 'same as your time',
  },
  ru: {
    unknownZone: (zone) => `Неизвестный часовой пояс: ${zone}`,
    listLabel: 'Местное время',
    day: 'день',
    night: 'ночь',
    offsetShort: (value) => `${value} ч`,
    ahead: (duration) => `на ${duration} больше, чем у вас`,
    behind: (duration) => `на ${duration} меньше, чем у вас`,
    sameTime: 'как у вас',
  },
  zh: {
    unknownZone: (zone) => `未知时区：${zone}`,
    listLabel: '当地时间',
    day: '白天',
    night: '夜间',
    offsetShort: (value) => `${value}小时`,
    ahead: (duration) => `比您的时间快${duration}`,
    behind: (duration) => `比您的时间慢${duration}`,
    sameTime: '与您的时间相同',
  },
  fa: {
    unknownZone: (zone) => `منطقهٔ زمانی ناشناخته: ${zone}`,
    listLabel: 'ساعت‌های محلی',
    day: 'روز',
    night: 'شب',
    offsetShort: (value) => `${value} ساعت`,
    ahead: (duration) => `${duration} جلوتر از ساعت شما`,
    behind: (duration) => `${duration} عقب‌تر از ساعت شما`,
    sameTime: 'هم‌زمان با ساعت شما',
  },
};
