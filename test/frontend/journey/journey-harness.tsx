/**
 * Harness for the journey tests: the journey's real routes and layout in a memory
 * router, with the application form replaced by a marker page (the form is
 * another team's route; these tests only need to see that the journey leads
 * there). The API is the shared harness, checked against the real routes.
 */
import { createMemoryHistory, MemoryRouter, type RouteDefinition } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import { Layout } from '../../../frontend/src/shell/layout';
import { I18nProvider } from '../../../frontend/src/i18n';
import ApplicationPage from '../../../frontend/src/routes/application';
import Eligibility from '../../../frontend/src/routes/eligibility';
import MyApplications from '../../../frontend/src/routes/my-applications';
import ProgramPage from '../../../frontend/src/routes/program';
import SignIn from '../../../frontend/src/routes/sign-in';

export { lea, signedIn, signedOut } from '../fixtures';
export { problem, stubApi, type Call } from '../support/api-harness';

const journeyRoutes: RouteDefinition[] = [
  { path: '/', component: () => <h1>Accueil</h1> },
  { path: '/programmes/:programId', component: ProgramPage },
  { path: '/programmes/:programId/eligibilite', component: Eligibility },
  { path: '/connexion', component: SignIn },
  { path: '/demandes', component: MyApplications },
  { path: '/demandes/:id', component: ApplicationPage },
  { path: '/demandes/:id/modifier/:step?', component: () => <h1>Formulaire de demande</h1> },
];

/** Mounts the journey at `path`; `history.get()` tells where the app navigated. */
export function renderJourney(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path, scroll: false, replace: true });
  const result = render(() => (
    <I18nProvider>
      <MemoryRouter history={history} root={Layout}>
        {journeyRoutes}
      </MemoryRouter>
    </I18nProvider>
  ));
  return { ...result, history };
}
