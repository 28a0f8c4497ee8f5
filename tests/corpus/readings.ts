import { READINGS_JD_TAOBAO } from './readings-jd-taobao';
import { READINGS_TMALL_ALIPAY_PDD } from './readings-tmall-alipay-pdd';
import { READINGS_WEB_CN } from './readings-web-cn';
import type { CorpusPage } from './types';

/** The detection corpus: every page and what a shopper sees on it, in one table. */
export const READINGS: readonly CorpusPage[] = [
  ...READINGS_JD_TAOBAO,
  ...READINGS_TMALL_ALIPAY_PDD,
  ...READINGS_WEB_CN,
];
