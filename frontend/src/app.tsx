import { Router, type RouteDefinition } from '@solidjs/router';
import { lazy, type Component } from 'solid-js';
import { Layout } from './shell/layout';
import { I18nProvider, loadStaffMessages } from './i18n';
import Accessibility from './routes/accessibility';
import Home from './routes/home';
import LegalNotice from './routes/legal-notice';
import NotFound from './routes/not-found';
import PersonalData from './routes/personal-data';
import ProgramPage from './routes/program';

// The applicant's pages load on demand, so the home and programme pages (what most
// visitors see first, often on a phone) do not download the form and its schemas.
const Eligibility = lazy(() => import('./routes/eligibility'));
const SignIn = lazy(() => import('./routes/sign-in'));
const MyApplications = lazy(() => import('./routes/my-applications'));
const ApplicationPage = lazy(() => import('./routes/application'));
const ApplicationForm = lazy(() => import('./routes/application-form'));
const Account = lazy(() => import('./routes/account'));

// The staff area (/gestion) is its own set of chunks, messages included: applicants never download it.
function staffPage(load: () => Promise<{ default: Component }>) {
  return lazy(async () => {
    const [page] = await Promise.all([load(), loadStaffMessages()]);
    return page;
  });
}
const StaffHome = staffPage(() => import('./routes/staff-home'));
const StaffProgramNew = staffPage(() => import('./routes/staff-program-new'));
const StaffProgramEdit = staffPage(() => import('./routes/staff-program-edit'));
const StaffQueue = staffPage(() => import('./routes/staff-queue'));
const StaffApplication = staffPage(() => import('./routes/staff-application'));
const StaffDashboard = staffPage(() => import('./routes/staff-dashboard'));
const StaffTeam = staffPage(() => import('./routes/staff-team'));

/**
 * Route table, exported on its own so tests can mount it in a memory router.
 * French paths: they are what applicants read, share and type.
 */
export const routes: RouteDefinition[] = [
  { path: '/', component: Home },
  { path: '/programmes/:programId', component: ProgramPage },
  { path: '/programmes/:programId/eligibilite', component: Eligibility },
  { path: '/connexion', component: SignIn },
  { path: '/demandes', component: MyApplications },
  { path: '/demandes/:id', component: ApplicationPage },
  { path: '/demandes/:id/modifier/:step?', component: ApplicationForm },
  { path: '/compte', component: Account },
  { path: '/gestion', component: StaffHome },
  { path: '/gestion/programmes/nouveau', component: StaffProgramNew },
  { path: '/gestion/programmes/:programId', component: StaffQueue },
  { path: '/gestion/programmes/:programId/modifier', component: StaffProgramEdit },
  { path: '/gestion/programmes/:programId/tableau-de-bord', component: StaffDashboard },
  { path: '/gestion/demandes/:id', component: StaffApplication },
  { path: '/gestion/equipe', component: StaffTeam },
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
