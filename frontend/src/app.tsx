import { Router, type RouteDefinition } from '@solidjs/router';
import { Layout } from './components/layout';
import { I18nProvider } from './i18n';
import Accessibility from './routes/accessibility';
import Home from './routes/home';
import LegalNotice from './routes/legal-notice';
import NotFound from './routes/not-found';
import PersonalData from './routes/personal-data';
import ProgramPage from './routes/program';

/**
 * Route table, exported on its own so tests can mount it in a memory router.
 * French paths: they are what applicants read, share and type.
 */
export const routes: RouteDefinition[] = [
  { path: '/', component: Home },
  { path: '/programmes/:programId', component: ProgramPage },
  { path: '/accessibilite', component: Accessibility },
  { path: '/mentions-legales', component: LegalNotice },
  { path: '/donnees-personnelles', component: PersonalData },
  { path: '*404', component: NotFound },
];

/** The SPA: language context around a browser-history router whose every page sits in the shared layout. */
export function App() {
  return (
    <I18nProvider>
      <Router root={Layout}>{routes}</Router>
    </I18nProvider>
  );
}
