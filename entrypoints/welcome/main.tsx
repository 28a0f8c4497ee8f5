import { render } from 'preact';
import { Welcome } from '../../components/Welcome';
import '../../components/theme.css';
import '../../components/dashboard.css';
import '../../components/welcome.css';

const app = document.getElementById('app');
if (app) render(<Welcome />, app);
