// The dashboard's words about sync, apart from the rest so that other work on the dashboard merges cleanly.

const en = {
  syncTitle: 'Sync across your browsers',
  syncEnabled: 'Sync bills across my browsers',
  syncExplain:
    'Bills, payments, reminders you dismissed or snoozed, and settings go through {service} to your other browsers signed into the same account, not through any server of ours.',
  syncServiceChrome: 'Chrome Sync (your Google account)',
  syncServiceFirefox: 'Firefox Sync (your Mozilla account, end-to-end encrypted)',
  syncProfile: 'Also sync my answers about myself',
  syncProfileExplain: 'Credit score bands and the like stay on this device unless you tick this.',
  syncOffQuestion:
    'Sync is off: this browser no longer sends or receives changes. Also remove this browser’s bills from sync storage? Your other browsers keep their own copies.',
  syncOffRemove: 'Remove from sync storage',
  syncOffKeep: 'Leave them',
  syncRemoved: 'Bills removed from sync storage: {count}.',
  syncLastReceived: 'Last received changes: {time}',
  syncNothingReceived: 'Nothing received from your other browsers yet.',
  syncUsage: 'Sync storage used: {used} of {quota} ({percent} %), {items} of {maxItems} items',
  syncUsageLabel: 'Sync storage used',
  syncWaiting: 'Changes waiting for the browser’s write limit: {count}. They go out at {time}.',
  syncErrorQuota: 'Sync storage is full. Trying again at {time}; your bills here are unaffected.',
  syncErrorRate: 'The browser’s write limit was reached. Trying again at {time}; your bills here are unaffected.',
  syncErrorOther: 'Sync storage could not be written. Trying again at {time}; your bills here are unaffected.',
  syncOldPaid:
    'Sync storage is nearly full: paid bills older than 90 days stay on this device only ({count}). Unpaid bills and those paid in the last 90 days sync.',
  syncNotSyncedTitle: 'Bills that do not sync',
  syncMore: 'and {count} more',
  'syncReason.full': 'sync storage is full',
  'syncReason.too-large': 'too large for one sync item (long notes or many payments)',
  'syncReason.installment-ids': 'its payments came from a spreadsheet with their own ids',
  'syncReason.deleted-elsewhere': 'deleted in another browser; kept here only',
  'syncReason.newer': 'changed by a newer version of PayLater Lens; update it here to sync this bill',
  syncSkipped: 'Items in sync storage that could not be read, skipped (nothing here was changed): {count}',
  syncNewer: 'Items from a newer version of PayLater Lens, left as they are: {count}.',
};

export type SyncMessageKey = keyof typeof en;

const zh: Record<SyncMessageKey, string> = {
  syncTitle: '在多个浏览器间同步',
  syncEnabled: '在我的浏览器间同步账单',
  syncExplain:
    '账单、还款记录、已关闭或推迟的提醒以及设置，会通过{service}同步到登录同一账号的其他浏览器，不经过我们的任何服务器。',
  syncServiceChrome: 'Chrome 同步（你的 Google 账号）',
  syncServiceFirefox: 'Firefox 同步（你的 Mozilla 账号，端到端加密）',
  syncProfile: '同时同步我填写的个人信息',
  syncProfileExplain: '除非勾选此项，信用分段等信息只保存在本设备。',
  syncOffQuestion:
    '同步已关闭：本浏览器不再发送或接收更改。是否同时从同步存储中移除本浏览器的账单？你的其他浏览器会保留各自的副本。',
  syncOffRemove: '从同步存储中移除',
  syncOffKeep: '保留',
  syncRemoved: '已从同步存储中移除 {count} 笔账单。',
  syncLastReceived: '最近一次收到更改：{time}',
  syncNothingReceived: '尚未收到其他浏览器的更改。',
  syncUsage: '同步存储已用 {used}，共 {quota}（{percent}%），{items}/{maxItems} 项',
  syncUsageLabel: '同步存储用量',
  syncWaiting: '有 {count} 项更改正在等待浏览器的写入限制，将于 {time} 发送。',
  syncErrorQuota: '同步存储已满，将于 {time} 重试；本设备上的账单不受影响。',
  syncErrorRate: '已达到浏览器的写入限制，将于 {time} 重试；本设备上的账单不受影响。',
  syncErrorOther: '无法写入同步存储，将于 {time} 重试；本设备上的账单不受影响。',
  syncOldPaid: '同步存储即将用满：{count} 笔 90 天前已还清的账单只保存在本设备。未还账单和近 90 天内还清的账单会同步。',
  syncNotSyncedTitle: '不同步的账单',
  syncMore: '另有 {count} 笔',
  'syncReason.full': '同步存储已满',
  'syncReason.too-large': '超出单个同步项的大小（备注太长或分期太多）',
  'syncReason.installment-ids': '其还款记录来自带有自定义编号的表格',
  'syncReason.deleted-elsewhere': '已在其他浏览器中删除，仅保留在本设备',
  'syncReason.newer': '已被更新版本的先用后付助手修改；请在此更新扩展以同步这笔账单',
  syncSkipped: '同步存储中有 {count} 项无法读取，已跳过（本设备未作任何更改）',
  syncNewer: '来自更新版本先用后付助手的 {count} 项保持不变。',
};

export const SYNC_MESSAGES = { en, 'zh-CN': zh } as const;
