/**
 * The caller's address, for rate limits and the failed sign-in log.
 *
 * In AWS the API sits behind CloudFront, which names the viewer in
 * `CloudFront-Viewer-Address` (`203.0.113.9:1234`, or for IPv6 the address and port
 * joined by one more colon, `2001:db8::1:443`). Anyone can send that header straight
 * to the execute-api URL, so it is believed only on a request that carried
 * CloudFront's secret origin header (see middleware/origin-verify.ts); any other
 * request is counted by its socket address.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from 'hono/aws-lambda';

/** The IP in a `CloudFront-Viewer-Address` value, or null when it is not one. */
export function parseViewerAddress(value: string | undefined): string | null {
  if (!value) return null;
  const raw = value.trim();
  const bracketed = /^\[([0-9A-Fa-f:.]+)\](?::\d{1,5})?$/.exec(raw);
  if (bracketed) return isIPv6(bracketed[1] as string) ? (bracketed[1] as string).toLowerCase() : null;
  if (isIPv4(raw)) return raw;
  // CloudFront always appends the port, so `2001:db8::1:443` is 2001:db8::1 on port 443,
  // even though `2001:db8::1:443` alone would also read as an IPv6 address.
  const withPort = /^(.+):\d{1,5}$/.exec(raw);
  const host = withPort?.[1];
  if (host && (isIPv4(host) || isIPv6(host))) return host.toLowerCase();
  return null;
}

/**
 * The address an API request is counted under in Lambda: the viewer CloudFront names
 * when the request proved it came through CloudFront, else API Gateway's source IP.
 */
export function lambdaClientIp(c: Context, verifiedOrigin: boolean): string {
  const viewer = verifiedOrigin ? parseViewerAddress(c.req.header('cloudfront-viewer-address')) : null;
  return viewer ?? getConnInfo(c).remote.address ?? 'unknown';
}

/** Expands an IPv6 address to its eight 16-bit groups (an embedded IPv4 tail becomes two groups). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4) {
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => Number.parseInt(g, 16));
}

/**
 * The key a rate limit counts: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber's network: a host can use any of its 2^64 addresses), an
 * IPv4-mapped IPv6 address as the IPv4 address it maps.
 */
export function rateLimitKey(ip: string): string {
  if (!isIPv6(ip)) return ip;
  const groups = ipv6Groups(ip);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
