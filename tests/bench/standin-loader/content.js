// Checks the URL when the page loads and whenever the shop's own script changes it: all that a
// content script on a single-page shop's every page must do before a checkout shows.
const check = () => {
  if (location.pathname === '/order_checkout.html') console.debug('PayLater Lens stand-in: a checkout');
};
window.navigation?.addEventListener('currententrychange', check);
check();
