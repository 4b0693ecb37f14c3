/**
 * A read of the session that never throws. Reading a Solid resource in its
 * error state throws, and /api/me can fail (a dropped connection, a 5xx); the
 * header and the journey pages must then behave as for a visitor, not crash.
 */
import type { Accessor } from 'solid-js';
import type { Me } from './api';
import { useSession } from './session';

/** The signed-in user, `null` when nobody is (or /api/me failed), `undefined` while still unknown. */
export function useCurrentUser(): Accessor<Me | null | undefined> {
  const { me } = useSession();
  return () => (me.state === 'errored' ? null : me.latest);
}
