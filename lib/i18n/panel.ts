import { fill, type Locale, type Params } from './core';

// The in-page panel's words, apart from every other page's: the panel's bundle carries only these.

const en = {
  panelTitle: 'Pay later on this checkout',
  orderTotal: 'Order total',
  totalUnknown: 'Total not found on the page',
  statusEligible: 'Likely available',
  statusIneligible: 'Not available',
  statusUnknown: 'Can’t tell',
  estimated: 'estimate',
  estimatedNote: 'Dates marked “estimate” depend on when the goods ship or arrive.',
  track: 'Track this bill',
  tracked: 'Tracked',
  trackFailed: 'Could not save the bill. Nothing was lost; try again.',
  trackPrompt: 'You placed this order with {program}. Track its bill so you get a reminder before it is due?',
  noCheckout: 'No checkout found in this tab.',
  details: 'Details',
  'when.today': 'today',
  'when.tomorrow': 'tomorrow',
  'summary.single': '{amount} due {date}',
  'summary.even': '{count} × {amount}, first {date}',
  'summary.uneven': '{count} payments, first {date}: {amount}',
  pageSays: 'The page says: {text}',
  otherWays: 'Other ways to pay here: {list}',
  'basis.official': 'From {provider}’s own terms',
  'basis.reported': 'Reported by others, not confirmed by {provider}',
  'basis.unverified': '{provider} has not published this',
  'basis.assumed': 'Not confirmed by {provider}: a best guess',
  'basis.page': 'Shown on this page',
  'basis.shopper': 'Your own numbers',
  basisAlone: '{basis}.',
  basisWithNote: '{basis}; {note}.',
  'outcome.pass': 'Met',
  'outcome.fail': 'Not met',
  'outcome.unknown': 'Not known',
  source: 'Source',
  sourceLink: 'Open the source',
  checksTitle: 'Why',
  scheduleTitle: 'What you would owe',
  lateTitle: 'If you pay late',
  whereTitle: 'Where to pay',
  'wallet.jd-pay': 'JD Pay',
  'wallet.wechat-pay': 'WeChat Pay',
  'wallet.alipay': 'Alipay',
  'wallet.unionpay-quickpass': 'UnionPay QuickPass',
} as const;

export type PanelMessageKey = keyof typeof en;

const zh: Record<PanelMessageKey, string> = {
  panelTitle: '本单的先用后付选项',
  orderTotal: '订单金额',
  totalUnknown: '页面上未找到订单金额',
  statusEligible: '很可能可用',
  statusIneligible: '不可用',
  statusUnknown: '无法判断',
  estimated: '估计',
  estimatedNote: '标有“估计”的日期取决于发货或收货的时间。',
  track: '记录这笔账单',
  tracked: '已记录',
  trackFailed: '账单未能保存，数据未丢失，请重试。',
  trackPrompt: '你已用{program}提交订单。要记录这笔账单，在到期前提醒你吗？',
  noCheckout: '此标签页中没有结算页。',
  details: '详情',
  'when.today': '今天',
  'when.tomorrow': '明天',
  'summary.single': '{amount}，{date}到期',
  'summary.even': '{count} 期 × {amount}，首期{date}',
  'summary.uneven': '分 {count} 期，首期{date}：{amount}',
  pageSays: '页面显示：{text}',
  otherWays: '本页其他支付方式：{list}',
  'basis.official': '来自{provider}的官方说明',
  'basis.reported': '第三方报道，{provider}未确认',
  'basis.unverified': '{provider}未公开说明',
  'basis.assumed': '未经{provider}确认，仅为估计',
  'basis.page': '本页显示',
  'basis.shopper': '你自己填写的数值',
  basisAlone: '{basis}。',
  basisWithNote: '{basis}，{note}。',
  'outcome.pass': '满足',
  'outcome.fail': '不满足',
  'outcome.unknown': '未知',
  source: '来源',
  sourceLink: '打开来源',
  checksTitle: '判断依据',
  scheduleTitle: '应还款项',
  lateTitle: '逾期后果',
  whereTitle: '在哪里还款',
  'wallet.jd-pay': '京东支付',
  'wallet.wechat-pay': '微信支付',
  'wallet.alipay': '支付宝',
  'wallet.unionpay-quickpass': '云闪付',
};

export const PANEL_MESSAGES = { en, 'zh-CN': zh } as const;

export type PanelTranslate = (key: PanelMessageKey, params?: Params) => string;

export function panelTranslator(locale: Locale): PanelTranslate {
  const dictionary: Record<PanelMessageKey, string> = PANEL_MESSAGES[locale];
  return (key, params) => fill(dictionary[key], params);
}
