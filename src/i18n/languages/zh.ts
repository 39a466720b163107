/**
 * Chinese (Simplified), built in. Terms as Xinhua writes them for the Bank of Russia and its rates,
 * and as the People's Bank of China writes its own; see `glossary/zh.md`.
 */
import type { Catalog } from '../catalog.js';

export const configErrors: Catalog['configErrors'] = {
  settings: {
    'data-proxy': '此数据源需要代理：请在 script 标签上设置 data-proxy。',
    code: '请将 code 属性设置为货币的 ISO 4217 代码，例如 code="CNY"。',
    src: '请将 src 属性设置为新闻源的网址（或将 source 设置为已注册的数据源）。',
    source: '未注册名为“{value}”的数据源：请检查 source 属性。',
    zone: '未知时区“{value}”：请将 zone 属性设置为 IANA 时区，例如 Asia/Shanghai。',
    zones: '“{value}”中没有已知时区：请将 zones 属性设置为 IANA 时区，例如 Asia/Shanghai。',
    group: '未知分组“{value}”：请将 group 属性设置为 members、partners 或 all。',
    'as-of': '无法显示上合组织在“{value}”的情况：请将 as-of 属性设置为 YYYY-MM-DD 格式、不早于 2001-06-15（成立日）的日期。',
    date: '日期“{value}”无效：请将 date 属性设置为 YYYY-MM-DD 格式的日期。',
    base: '汇率未以 {value} 报价：请将 base 属性设置为该汇率表中的货币。',
  },
  config: '请检查 {setting} 设置。',
};

export const dataStatus: Catalog['dataStatus'] = {
  loading: '正在加载…',
  stale: '数据截至 {asOf}：最近一次更新失败。',
  stillTrying: '正在重试…',
  errors: {
    network: '无法加载数据。请检查地址或代理。',
    timeout: '数据源没有响应。',
    format: '数据源发送的文档格式不受支持。',
    source: '数据源对此请求返回了错误。',
    empty: '数据源没有此请求的数据。',
    'unknown-source': '未知的数据源。',
  },
};

export const sources: Catalog['sources'] = {
  caption: '{source}公布的{date}官方汇率',
  captionNoSource: '{date}官方汇率',
  publishers: {
    cbr: '俄罗斯中央银行',
    ecb: '欧洲中央银行',
    nbk: '哈萨克斯坦国家银行',
    nbkr: '吉尔吉斯共和国国家银行',
    cbu: '乌兹别克斯坦中央银行',
    nbrb: '白俄罗斯国家银行',
  },
  via: '（经由 {mirror}）',
  partial: '（部分汇率无法读取）',
};

export const table: Catalog['table'] = {
  headers: { country: '国家', code: '代码', currency: '货币', nominal: '单位', rate: '汇率', change: '变化' },
  crossRates: '以{base}计的交叉汇率',
  notQuoted: '无报价',
  up: '上涨',
  down: '下跌',
  unchanged: '不变',
  noPrevious: '无先前汇率',
  noEarlierRates: '{caption}；无先前汇率可供比较',
  perUnit: '1 {code} = {value} {base}',
};

export const converter: Catalog['converter'] = {
  amount: '金额',
  from: '从',
  to: '到',
  swap: '交换货币',
  notANumber: '请输入数字金额，例如 {example}。',
  notQuoted: '此数据源没有 {code} 的报价。请选择其他货币。',
  notQuotedOption: '{code} — 无报价',
  tooLarge: '金额过大，无法换算。请输入较小的金额。',
};

export const chart: Catalog['chart'] = {
  title: '{name}（{code}），每 {nominal} 合 {base}',
  latestOn: '{date}',
  since: '自 {date} 起',
  up: '上涨',
  down: '下跌',
  unchanged: '不变',
  readout: '{date}：{value} {base}',
  chartLabel: '{from}至{to}{code}兑{base}官方汇率。使用方向键读取每天的数值。',
  tableCaption: '{code}兑{base}官方汇率（每 {nominal}）',
  date: '日期',
  rate: '汇率',
  partial: '部分日期的汇率无法读取。',
};

export const clock: Catalog['clock'] = {
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

export const ticker: Catalog['ticker'] = { headlines: '新闻标题', pause: '暂停新闻滚动', empty: '暂无新闻。', partial: '部分标题可能缺失。' };

export const members: Catalog['members'] = {
  headings: { members: '成员国', observers: '观察员国', 'dialogue-partners': '对话伙伴', partners: '伙伴' },
  capital: '首都：',
  none: '{date}时上合组织尚无此分组的国家。',
};

export const capitals: Catalog['capitals'] = {
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
