import { render } from 'preact';
import { Panel } from '../../components/Panel';
import { watchPanelChanges } from '../../components/panel-changes';
import { claimFrame } from '../../components/panel-claim';
import '../../components/theme.css';
import '../../components/panel.css';

const app = document.getElementById('app');
if (app) {
  const follow = watchPanelChanges();
  // Only the frame our content script made shows anything: see components/panel-claim.ts.
  void claimFrame().then((view) => render(<Panel initial={view} follow={follow} />, app));
}
