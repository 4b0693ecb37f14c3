/**
 * Browser entry point, loaded by index.html as an external module (the CSP allows
 * no inline script).
 */
import { render } from 'solid-js/web';
import { App } from './app';
import './ui/tokens.css';
import './styles.css';
import './ui/kit.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
render(() => <App />, root);
