/**
 * The names of the SCO capitals, in each language's established usage.
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../catalog.js';
import { translationsIfAny } from '../translations.js';

export const en = {
  beijing: 'Beijing',
  moscow: 'Moscow',
  astana: 'Astana',
  bishkek: 'Bishkek',
  dushanbe: 'Dushanbe',
  tashkent: 'Tashkent',
  'new-delhi': 'New Delhi',
  islamabad: 'Islamabad',
  tehran: 'Tehran',
  minsk: 'Minsk',
  ulaanbaatar: 'Ulaanbaatar',
  kabul: 'Kabul',
  /** Sri Lanka's legislative capital; Colombo (same zone) is the commercial one. */
  'sri-jayawardenepura-kotte': 'Sri Jayawardenepura Kotte',
  ankara: 'Ankara',
  yerevan: 'Yerevan',
  baku: 'Baku',
  'phnom-penh': 'Phnom Penh',
  kathmandu: 'Kathmandu',
  cairo: 'Cairo',
  doha: 'Doha',
  riyadh: 'Riyadh',
  manama: 'Manama',
  'kuwait-city': 'Kuwait City',
  male: 'Malé',
  /** Myanmar's capital since 2006. */
  naypyidaw: 'Naypyidaw',
  'abu-dhabi': 'Abu Dhabi',
  vientiane: 'Vientiane',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  beijing: 'Пекин',
  moscow: 'Москва',
  astana: 'Астана',
  bishkek: 'Бишкек',
  dushanbe: 'Душанбе',
  tashkent: 'Ташкент',
  'new-delhi': 'Нью-Дели',
  islamabad: 'Исламабад',
  tehran: 'Тегеран',
  minsk: 'Минск',
  ulaanbaatar: 'Улан-Батор',
  kabul: 'Кабул',
  'sri-jayawardenepura-kotte': 'Шри-Джаяварденепура-Котте',
  ankara: 'Анкара',
  yerevan: 'Ереван',
  baku: 'Баку',
  'phnom-penh': 'Пномпень',
  kathmandu: 'Катманду',
  cairo: 'Каир',
  doha: 'Доха',
  riyadh: 'Эр-Рияд',
  manama: 'Манама',
  'kuwait-city': 'Эль-Кувейт',
  male: 'Мале',
  naypyidaw: 'Нейпьидо',
  'abu-dhabi': 'Абу-Даби',
  vientiane: 'Вьентьян',
};

export const zh: Words = {
  beijing: '北京',
  moscow: '莫斯科',
  astana: '阿斯塔纳',
  bishkek: '比什凯克',
  dushanbe: '杜尚别',
  tashkent: '塔什干',
  'new-delhi': '新德里',
  islamabad: '伊斯兰堡',
  tehran: '德黑兰',
  minsk: '明斯克',
  ulaanbaatar: '乌兰巴托',
  kabul: '喀布尔',
  'sri-jayawardenepura-kotte': '斯里贾亚瓦德纳普拉科特',
  ankara: '安卡拉',
  yerevan: '埃里温',
  baku: '巴库',
  'phnom-penh': '金边',
  kathmandu: '加德满都',
  cairo: '开罗',
  doha: '多哈',
  riyadh: '利雅得',
  manama: '麦纳麦',
  'kuwait-city': '科威特城',
  male: '马累',
  naypyidaw: '内比都',
  'abu-dhabi': '阿布扎比',
  vientiane: '万象',
};

/** Capital names in `locale`'s language: undefined for one we have none in (yet), so a list of locales can try the next. */
export const capitalsText = (locale: string) => translationsIfAny('capitals', { en, ru, zh }, locale);
