// Keeps the last report per tab and answers the panel's one question.
const reports = new Map();
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type === 'report' && sender.tab) reports.set(sender.tab.id, message.total);
  if (message?.type === 'claim' && sender.tab) reply({ total: reports.get(sender.tab.id) ?? null });
});
