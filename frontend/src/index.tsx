/**
 * Browser entry point, loaded by index.html as an external module (the CSP allows
 * no inline script).
 */
// The base styles first: the frame's and the features' own rules, imported by their
// components, come after them and win where they refine them.
import './ui/tokens.css';
import './styles.css';
import './ui/kit.css';
import { render } from 'solid-js/web';
import { App } from './app';
import { loadSite } from './lib/site';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
// The site configuration first (preloaded by index.html), so the first paint already has the right names and colours.
void loadSite().then(() => render(() => <App />, root));
