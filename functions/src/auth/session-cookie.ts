/**
 * The session cookie. Over https it is `__Host-session` (Secure, no Domain, Path=/);
 * on plain http://localhost browsers refuse `__Host-` without Secure, so it is `session`.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;
export const SESSION_IDLE_SECONDS = 60 * 60;

export function cookieName(https: boolean): string {
  return https ? '__Host-session' : 'session';
}

export function readSessionCookie(c: Context, https: boolean): string | undefined {
  const value = getCookie(c, cookieName(https));
  return value && /^[A-Za-z0-9_-]{22}$/.test(value) ? value : undefined;
}

export function writeSessionCookie(c: Context, https: boolean, id: string): void {
  setCookie(c, cookieName(https), id, {
    httpOnly: true,
    secure: https,
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_ABSOLUTE_SECONDS,
  });
}

export function clearSessionCookie(c: Context, https: boolean): void {
  deleteCookie(c, cookieName(https), { path: '/', secure: https, httpOnly: true, sameSite: 'Lax' });
}
