import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard';
import '../../components/theme.css';
import '../../components/dashboard.css';

const app = document.getElementById('app');
if (app) render(<Dashboard />, app);
