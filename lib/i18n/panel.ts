import { fill, type Locale, type Params } from './core';

// The in-page panel's words, apart from every other page's: the panel's bundle carries only these.

const en = {
  panelTitle: 'Pay later on this checkout',
  collapse: 'Collapse',
  expand: 'Show pay-later details',
  orderTotal: 'Order total',
  totalUnknown: 'Total not found on the page',
  statusEligible: 'Likely available',
  statusIneligible: 'Not available',
  statusUnknown: 'Can’t tell',
  estimated: 'estimate',
  track: 'Track this bill',
  tracked: 'Tracked',
  trackFailed: 'Could not save the bill. Nothing was lost; try again.',
  trackPrompt: 'You placed this order with {program}. Track its bill so you get a reminder before it is due?',
  noCheckout: 'No checkout found in this tab.',
  pageSays: 'The page says: {text}',
  otherWays: 'Other ways to pay here: {list}',
  'basis.official': 'From {provider}’s own documents',
  'basis.reported': 'Reported by a reputable source, not confirmed by {provider}',
  'basis.unverified': 'Reported by third parties, not confirmed by {provider}',
  'basis.assumed': 'An assumption with no source in hand, not confirmed by {provider}',
  'basis.page': 'Shown on this page',
  'basis.shopper': 'From your own answers in the options',
  'outcome.pass': 'Met',
  'outcome.fail': 'Not met',
  'outcome.unknown': 'Not known',
  sourceLabel: 'Source: {title}',
  scheduleTitle: 'What you would owe',
  lateTitle: 'If you pay late',
  whereTitle: 'Where to pay',
  'wallet.jd-pay': 'JD Pay',
  'wallet.wechat-pay': 'WeChat Pay',
  'wallet.alipay': 'Alipay',
  'wallet.unionpay-quickpass': 'UnionPay QuickPass',
  'wallet.paypal': 'PayPal',
  'wallet.apple-pay': 'Apple Pay',
  'wallet.google-pay': 'Google Pay',
  'wallet.shop-pay': 'Shop Pay',
  'wallet.amazon-pay': 'Amazon Pay',
  'wallet.card': 'credit or debit card',
} as const;

export type PanelMessageKey = keyof typeof en;

const zh: Record<PanelMessageKey, string> = {
  panelTitle: '本单的先用后付选项',
  collapse: '收起',
  expand: '展开先用后付详情',
  orderTotal: '订单金额',
  totalUnknown: '页面上未找到订单金额',
  statusEligible: '很可能可用',
  statusIneligible: '不可用',
  statusUnknown: '无法判断',
  estimated: '估计',
  track: '记录这笔账单',
  tracked: '已记录',
  trackFailed: '账单未能保存，数据未丢失，请重试。',
  trackPrompt: '您已用{program}提交订单。要记录这笔账单，到期前提醒您吗？',
  noCheckout: '此标签页中没有结算页。',
  pageSays: '页面显示：{text}',
  otherWays: '本页其他支付方式：{list}',
  'basis.official': '来自{provider}的官方文件',
  'basis.reported': '来自可靠的二手来源，未经{provider}证实',
  'basis.unverified': '来自第三方说法，未经{provider}证实',
  'basis.assumed': '没有来源的假设，未经{provider}证实',
  'basis.page': '本页显示',
  'basis.shopper': '来自你在设置中填写的信息',
  'outcome.pass': '满足',
  'outcome.fail': '不满足',
  'outcome.unknown': '未知',
  sourceLabel: '来源：{title}',
  scheduleTitle: '应还款项',
  lateTitle: '逾期后果',
  whereTitle: '在哪里还款',
  'wallet.jd-pay': '京东支付',
  'wallet.wechat-pay': '微信支付',
  'wallet.alipay': '支付宝',
  'wallet.unionpay-quickpass': '云闪付',
  'wallet.paypal': 'PayPal',
  'wallet.apple-pay': 'Apple Pay',
  'wallet.google-pay': 'Google Pay',
  'wallet.shop-pay': 'Shop Pay',
  'wallet.amazon-pay': 'Amazon Pay',
  'wallet.card': '信用卡或借记卡',
};

export const PANEL_MESSAGES = { en, 'zh-CN': zh } as const;

export type PanelTranslate = (key: PanelMessageKey, params?: Params) => string;

export function panelTranslator(locale: Locale): PanelTranslate {
  const dictionary: Record<PanelMessageKey, string> = PANEL_MESSAGES[locale];
  return (key, params) => fill(dictionary[key], params);
}
