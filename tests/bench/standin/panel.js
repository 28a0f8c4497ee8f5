// One round trip to the worker, then a few lines of text: the smallest panel that shows anything.
chrome.runtime.sendMessage({ type: 'claim' }, (answer) => {
  const root = document.getElementById('app');
  root.dataset.testid = 'panel';
  root.textContent = `京东白条 · 先用后付 · ${answer?.total ?? ''}`;
});
