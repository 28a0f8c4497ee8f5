// Waits for the payment step (content naming a program), reports it, and frames panel.html after it
// in a closed shadow root: what PayLater Lens does at the least, without reading the page.
const observer = new MutationObserver(() => {
  const step = document.getElementById('payment-list');
  if (!step || !/白条|先用后付/.test(step.textContent)) return;
  observer.disconnect();
  chrome.runtime.sendMessage({ type: 'report', total: document.getElementById('sumPayPriceId')?.textContent });
  const host = document.createElement('paylater-lens');
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('/panel.html');
  frame.style.cssText = 'display:block;width:100%;height:120px;border:0';
  shadow.append(frame);
  step.after(host);
});
observer.observe(document.body, { childList: true, subtree: true });
