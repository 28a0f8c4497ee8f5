import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OrdersPanel } from '../components/OrdersPanel';
import { Panel } from '../components/Panel';
import { watchPanelChanges } from '../components/panel-changes';
import { claimFrame } from '../components/panel-claim';
import '../components/theme.css';
import '../components/panel.css';

/**
 * Runs `then` once the page has given our frame its width. In a tab in the background Firefox does
 * so up to a second late and runs no observers there, so a panel drawn before would measure zero
 * pixels high, and its frame would stay that way until the tab is shown.
 */
function whenLaidOut(then: () => void): void {
  if (innerWidth > 0) then();
  else setTimeout(() => whenLaidOut(then), 50);
}

/**
 * The panel page's script (panel/index.html). Built as one file with everything it needs, apart from
 * the extension's other pages: the panel shows on every checkout, and each further module file its
 * frame loads before the first paint costs it about 2 ms.
 */
export default defineUnlistedScript(() => {
  const app = document.getElementById('app');
  if (app) {
    const follow = watchPanelChanges();
    // Only the frame our content script made shows anything: see components/panel-claim.ts.
    // An order page's panel is in this one file too (7 KB): a second file would cost the checkout's
    // panel more than the bytes.
    void claimFrame().then((view) => {
      whenLaidOut(() =>
        render(
          view.orders ? <OrdersPanel initial={view} follow={follow} /> : <Panel initial={view} follow={follow} />,
          app,
        ),
      );
    });
  }
});
