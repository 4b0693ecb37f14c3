/**
 * Who is signed in, for the whole SPA. The session itself is an HttpOnly cookie the
 * script never sees; this only mirrors GET /api/me. A 401 from any API call lands in
 * the single `onUnauthorized` handler, which sends the user to sign in and back.
 */
import { useLocation, useNavigate } from '@solidjs/router';
import {
  Show,
  createContext,
  createEffect,
  createResource,
  onCleanup,
  useContext,
  type JSX,
  type ParentProps,
  type Resource,
} from 'solid-js';
import type { Role } from '../../../functions/src/domain/lifecycle';
import { getMe, onUnauthorized, signOut as apiSignOut, type Me } from './api';

type Session = {
  me: Resource<Me | null>;
  /** Re-reads /api/me, e.g. right after signing in. */
  refresh: () => Promise<Me | null | undefined>;
  signOut: () => Promise<void>;
  /**
   * The API has already ended the session (the account was just closed): the SPA
   * forgets the user without another request, and the caller says where to go.
   */
  forget: () => void;
};

const SessionContext = createContext<Session>();

/** Where to send someone who must sign in, remembering where they were going. */
export function signInPath(next: string): string {
  return `/connexion?suite=${encodeURIComponent(next)}`;
}

/** Only same-site paths are followed after sign-in: never an open redirect. */
export function safeNext(next: string | undefined | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

/** Where someone lands after signing in with nowhere else to go: applicants their files, staff their area. */
export function homeFor(role: Role | undefined): string {
  return role && role !== 'applicant' ? '/gestion' : '/demandes';
}

export function SessionProvider(props: ParentProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const [me, { refetch, mutate }] = createResource(getMe);
  const off = onUnauthorized(() => {
    mutate(null);
    if (location.pathname !== '/connexion') navigate(signInPath(location.pathname + location.search));
  });
  onCleanup(off);
  const session: Session = {
    me,
    refresh: async () => refetch(),
    signOut: async () => {
      await apiSignOut().catch(() => undefined);
      mutate(null);
      navigate('/');
    },
    forget: () => {
      mutate(null);
    },
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession() must be called inside <SessionProvider>');
  return context;
}

/** Renders its children for a signed-in user; otherwise sends them to sign in and back here. */
export function RequireSignIn(props: { children: JSX.Element; fallback?: JSX.Element }) {
  const { me } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  createEffect(() => {
    if (me.state === 'ready' && me() === null) navigate(signInPath(location.pathname + location.search), { replace: true });
  });
  return (
    <Show when={me()} fallback={props.fallback}>
      {props.children}
    </Show>
  );
}
