import { Show, type JSX } from 'solid-js';
import type { Role } from '../../../functions/src/domain/lifecycle';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';
import { useSession } from '../lib/session';
import { SignedInPage } from '../components/signed-in-page';
import { StaffNav } from './staff-nav';
// The staff area's styles travel with its chunks, like its messages: visitors never download them.
import './staff-page.css';

/** Roles that may enter the staff area at all. */
export const STAFF_ROLES: readonly Role[] = ['reviewer', 'manager'];

/**
 * Frame of every page under /gestion: a visitor is sent to sign in and back; a
 * signed-in user without one of `roles` gets a plain "reserved" page (the API
 * would answer 403 anyway), never a half-drawn staff screen.
 */
export function StaffPage(props: { title: string; roles?: readonly Role[]; children: JSX.Element }) {
  const { me } = useSession();
  const allowed = () => {
    const user = me();
    return user ? (props.roles ?? STAFF_ROLES).includes(user.role) : false;
  };
  return (
    <SignedInPage title={props.title}>
      <Show when={allowed()} fallback={<StaffRefused />}>
        <div class="staff">
          <StaffNav />
          {props.children}
        </div>
      </Show>
    </SignedInPage>
  );
}

/** What someone without the role sees: where they are, why not, and a way out. */
export function StaffRefused() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(() => t('staff.refused.title'));
  return (
    <div class="page-narrow" data-testid="staff-refused">
      <h1>{t('staff.refused.title')}</h1>
      <p class="lead">{t('staff.refused.text')}</p>
      <p>
        <a class="button" href={me()?.role === 'applicant' ? '/demandes' : '/'}>
          {me()?.role === 'applicant' ? t('account.myApplications') : t('nav.backHome')}
        </a>
      </p>
    </div>
  );
}
