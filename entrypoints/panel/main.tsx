import { render } from 'preact';
import { Panel } from '../../components/Panel';
import '../../components/theme.css';
import '../../components/panel.css';

const app = document.getElementById('app');
if (app) render(<Panel />, app);
