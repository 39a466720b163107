/**
 * The publishers of the built-in sources, in the form the captions put them in ("Official rates of
 * {source} for {date}": in Russian the genitive, "Банка России").
 * Built in: English (the source every translation follows), Russian and Chinese. The other
 * languages have this section in their files under `../on-demand/`.
 */
import type { Strings } from '../strings.js';

export const en = {
  cbr: 'the Bank of Russia',
  ecb: 'the European Central Bank',
  nbk: 'the National Bank of Kazakhstan',
  nbkr: 'the National Bank of the Kyrgyz Republic',
  cbu: 'the Central Bank of Uzbekistan',
  nbrb: 'the National Bank of Belarus',
  /** Added to a caption when the rates come through a mirror; `{mirror}` is its host name. Mind the leading space. */
  via: ' (via {mirror})',
};

type Words = Strings<typeof en>;

export const ru: Words = {
  cbr: 'Банка России',
  ecb: 'Европейского центрального банка',
  nbk: 'Национального Банка Казахстана',
  nbkr: 'Национального банка Кыргызской Республики',
  cbu: 'Центрального банка Республики Узбекистан',
  nbrb: 'Национального банка Республики Беларусь',
  via: ' (через {mirror})',
};

export const zh: Words = {
  cbr: '俄罗斯中央银行',
  ecb: '欧洲中央银行',
  nbk: '哈萨克斯坦国家银行',
  nbkr: '吉尔吉斯共和国国家银行',
  cbu: '乌兹别克斯坦中央银行',
  nbrb: '白俄罗斯国家银行',
  via: '（经由 {mirror}）',
};
