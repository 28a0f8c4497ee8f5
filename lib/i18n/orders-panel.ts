import { fill, type Locale, type Params } from './core';

// The orders panel's words, apart from the checkout panel's and the other pages'.

const en = {
  ordersTitle: 'Pay-later orders on this page',
  collapse: 'Collapse',
  expand: 'Show pay-later orders',
  orderNumber: 'Order {id}',
  'state.untracked': 'Not tracked',
  'state.tracked': 'Tracked',
  'state.paid': 'Paid',
  cancelled: 'Cancelled: nothing to pay, its reminders have ended',
  dueOn: 'Due {date}',
  dueUnknown: 'This page does not say when it is due',
  trackOrder: 'Track this bill',
  trackAsNew: 'Track as a new bill',
  trackAll: 'Track all {count}',
  askWhich: 'Is this a bill you already track?',
  askBill: 'Yes: bought {date}, {amount}',
  changesTitle: 'Updated from this page',
  undo: 'Undo',
  undoLabel: 'Undo the update to order {id}',
  undone: 'Undone',
  'change.orderId': 'order number recorded',
  'change.due': 'due date {from} → {to}',
  'change.confirmed': 'due date {to} confirmed',
  'change.amount': 'amount {from} → {to}',
  'change.received': 'goods received {to}',
  'change.paid': 'marked paid',
  'change.cancelled': 'order cancelled: reminders ended',
  actionFailed: 'That did not work and nothing changed. Try again.',
} as const;

export type OrdersMessageKey = keyof typeof en;

const zh: Record<OrdersMessageKey, string> = {
  ordersTitle: '本页的先用后付订单',
  collapse: '收起',
  expand: '展开先用后付订单',
  orderNumber: '订单 {id}',
  'state.untracked': '未记录',
  'state.tracked': '已记录',
  'state.paid': '已付款',
  cancelled: '订单已取消：无需付款，提醒已停止',
  dueOn: '{date} 到期',
  dueUnknown: '本页未显示到期日',
  trackOrder: '记录这笔账单',
  trackAsNew: '记为新账单',
  trackAll: '全部记录（{count} 笔）',
  askWhich: '这是你已记录的账单吗？',
  askBill: '是：{date} 购买，{amount}',
  changesTitle: '已按本页更新',
  undo: '撤销',
  undoLabel: '撤销对订单 {id} 的更新',
  undone: '已撤销',
  'change.orderId': '已记下订单号',
  'change.due': '到期日 {from} → {to}',
  'change.confirmed': '到期日 {to} 已确认',
  'change.amount': '金额 {from} → {to}',
  'change.received': '{to} 已收货',
  'change.paid': '已标记为已付款',
  'change.cancelled': '订单已取消：提醒已停止',
  actionFailed: '操作未成功，数据未改变，请重试。',
};

const dictionaries: Record<Locale, Record<OrdersMessageKey, string>> = { en, 'zh-CN': zh };

export type OrdersTranslate = (key: OrdersMessageKey, params?: Params) => string;

export function ordersTranslator(locale: Locale): OrdersTranslate {
  return (key, params) => fill(dictionaries[locale][key], params);
}
