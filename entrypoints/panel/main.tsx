import { render } from 'preact';
import { Panel } from '../../components/Panel';
import { claimFrame } from '../../components/panel-claim';
import '../../components/theme.css';
import '../../components/panel.css';

const app = document.getElementById('app');
// Only the frame our content script made shows anything: see components/panel-claim.ts.
if (app) void claimFrame().then(() => render(<Panel />, app));
