import { JD_DETAILS_EXAMPLES, jdDetails } from './jd-details';
import { JD_LIST_EXAMPLES, jdList } from './jd-list';
import { JD_PHONE_DETAILS_EXAMPLES, jdPhoneDetails } from './jd-phone-details';
import { JD_PHONE_LIST_EXAMPLES, jdPhoneList } from './jd-phone-list';
import { PINDUODUO_DETAILS_EXAMPLES, pinduoduoDetails } from './pinduoduo-details';
import { PINDUODUO_LIST_EXAMPLES, pinduoduoList } from './pinduoduo-list';
import { PLACEMENT_MATCHES } from './placement';
import { TAOBAO_DETAILS_EXAMPLES, taobaoDetails } from './taobao-details';
import { TAOBAO_LIST_EXAMPLES, taobaoList } from './taobao-list';
import { TMALL_DETAILS_EXAMPLES, tmallDetails } from './tmall-details';
import type { OrderPageExamples, OrderPageReader } from './types';

/**
 * Every order page we read. Adding one: its reader file, its fixtures (tests/fixtures/<site>/
 * orders-* or order-*), its URL examples, one line here and one in ORDER_PAGE_EXAMPLES.
 */
export const ORDER_READERS: readonly OrderPageReader[] = [
  jdList,
  jdDetails,
  jdPhoneList,
  jdPhoneDetails,
  taobaoList,
  taobaoDetails,
  tmallDetails,
  pinduoduoList,
  pinduoduoDetails,
];

/** Each reader's example URLs (tests); unused by the content script, so not in its bundle. */
export const ORDER_PAGE_EXAMPLES: Readonly<Record<string, OrderPageExamples>> = {
  'jd-list': JD_LIST_EXAMPLES,
  'jd-details': JD_DETAILS_EXAMPLES,
  'jd-phone-list': JD_PHONE_LIST_EXAMPLES,
  'jd-phone-details': JD_PHONE_DETAILS_EXAMPLES,
  'taobao-list': TAOBAO_LIST_EXAMPLES,
  'taobao-details': TAOBAO_DETAILS_EXAMPLES,
  'tmall-details': TMALL_DETAILS_EXAMPLES,
  'pinduoduo-list': PINDUODUO_LIST_EXAMPLES,
  'pinduoduo-details': PINDUODUO_DETAILS_EXAMPLES,
};

export function orderReaderFor(url: URL): OrderPageReader | undefined {
  return ORDER_READERS.find((reader) => reader.isOrderPage(url));
}

/** The order-page content script's match patterns: the order pages and the pages that follow placing an order. */
export const ORDER_MATCHES: readonly string[] = [
  ...new Set([...ORDER_READERS.flatMap((reader) => reader.matches), ...PLACEMENT_MATCHES]),
];

/** Origin patterns of the order pages (where the panel goes), for web_accessible_resources, which take no narrower path. */
export const ORDER_ORIGINS: readonly string[] = /* @__PURE__ */ originsOf(
  ORDER_READERS.flatMap((reader) => reader.matches),
);

// Pure, so bundles that never use ORDER_ORIGINS (the content script) leave it out.
function originsOf(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}
