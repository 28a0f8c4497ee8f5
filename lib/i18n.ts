import type { Language } from './settings';

export type Locale = 'en' | 'zh-CN';

const en = {
  appName: 'PayLater Lens',
  panelTitle: 'Pay later on this checkout',
  collapse: 'Collapse',
  expand: 'Show pay-later details',
  orderTotal: 'Order total',
  totalUnknown: 'Total not found on the page',
  statusEligible: 'Likely available',
  statusIneligible: 'Not available',
  statusUnknown: 'Can’t tell',
  firstDue: 'First payment due',
  dueOn: 'Due {date}',
  estimated: 'estimate',
  unverifiedRule: 'Based on a rule reported by third parties, not confirmed by the provider.',
  reportedRule: 'Based on a rule reported by a reputable source, not the provider’s own documents.',
  track: 'Track this bill',
  tracked: 'Tracked',
  trackFailed: 'Could not save the bill. Nothing was lost; try again.',
  noCheckout: 'No checkout found in this tab.',
  pageSays: 'The page says: {text}',
  otherWays: 'Other ways to pay here: {list}',
  popupTitle: 'Upcoming payments',
  emptyTitle: 'No pay-later bills to pay',
  emptyBody:
    'On a supported checkout (JD, Taobao, Tmall, Alipay, Pinduoduo), choose “Track this bill” and it appears here with a reminder before it is due.',
  markPaid: 'Mark paid',
  markPaidLabel: 'Mark {amount} due {date} as paid',
  paidUndo: 'Marked as paid.',
  undo: 'Undo',
  overdue: 'Overdue',
  dueToday: 'Due today',
  dueInDays: 'Due in {days} days',
  dueTomorrow: 'Due tomorrow',
  storageUnavailable:
    'Your browser does not let this extension store data here (for example in a private window), so bills cannot be shown or saved.',
  reminderTitleBefore: 'Pay-later bill due in {days} days',
  reminderTitleTomorrow: 'Pay-later bill due tomorrow',
  reminderTitleToday: 'Pay-later bill due today',
  reminderTitleOverdue: 'Pay-later bill overdue by {days} days',
  reminderBody: '{program}: {amount} due {date}',
  'wallet.jd-pay': 'JD Pay',
  'wallet.wechat-pay': 'WeChat Pay',
  'wallet.alipay': 'Alipay',
  'wallet.unionpay-quickpass': 'UnionPay QuickPass',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appName: '先用后付助手',
  panelTitle: '本单的先用后付选项',
  collapse: '收起',
  expand: '展开先用后付详情',
  orderTotal: '订单金额',
  totalUnknown: '页面上未找到订单金额',
  statusEligible: '很可能可用',
  statusIneligible: '不可用',
  statusUnknown: '无法判断',
  firstDue: '首次还款日',
  dueOn: '{date} 到期',
  estimated: '估计',
  unverifiedRule: '此规则来自第三方说法，未经服务商证实。',
  reportedRule: '此规则来自可靠的二手来源，而非服务商的官方文件。',
  track: '记录这笔账单',
  tracked: '已记录',
  trackFailed: '账单未能保存，数据未丢失，请重试。',
  noCheckout: '此标签页中没有结算页。',
  pageSays: '页面显示：{text}',
  otherWays: '本页其他支付方式：{list}',
  popupTitle: '待还款',
  emptyTitle: '没有待还的先用后付账单',
  emptyBody:
    '在支持的结算页（京东、淘宝、天猫、支付宝、拼多多）点击“记录这笔账单”，账单会出现在这里，并在到期前提醒你。',
  markPaid: '标记已还',
  markPaidLabel: '将 {date} 到期的 {amount} 标记为已还',
  paidUndo: '已标记为已还。',
  undo: '撤销',
  overdue: '已逾期',
  dueToday: '今天到期',
  dueInDays: '{days} 天后到期',
  dueTomorrow: '明天到期',
  storageUnavailable: '浏览器不允许此扩展在这里保存数据（例如无痕窗口），因此无法显示或保存账单。',
  reminderTitleBefore: '先用后付账单 {days} 天后到期',
  reminderTitleTomorrow: '先用后付账单明天到期',
  reminderTitleToday: '先用后付账单今天到期',
  reminderTitleOverdue: '先用后付账单已逾期 {days} 天',
  reminderBody: '{program}：{amount}，{date} 到期',
  'wallet.jd-pay': '京东支付',
  'wallet.wechat-pay': '微信支付',
  'wallet.alipay': '支付宝',
  'wallet.unionpay-quickpass': '云闪付',
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

/** The shopper's choice, or the browser's language when they chose none. */
export function resolveLocale(language: Language, browserLanguage: string): Locale {
  if (language !== 'auto') return language;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the side of a bilingual text for the locale. */
export function localized(text: { en: string; zh: string }, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
