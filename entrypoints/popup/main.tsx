import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/theme.css';
import '../../components/popup.css';

const app = document.getElementById('app');
if (app) render(<Popup />, app);
